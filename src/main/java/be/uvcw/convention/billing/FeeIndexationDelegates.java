package be.uvcw.convention.billing;

import be.uvcw.convention.integrity.TaskActor;
import be.uvcw.convention.error.BadInput;
import be.uvcw.convention.platform.BusinessKeys;
import java.math.BigDecimal;
import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The thin delegates of the BPMN `fee-indexation`. */
final class FeeIndexationDelegates {

  private FeeIndexationDelegates() {}

  static FeeScheduleService.Proposal proposal(FeeScheduleService fees, DelegateExecution execution, Clock clock) {
    return fees.propose(decimal(execution.getVariable("healthIndex"), "nouvel indice santé"),
        decimal(execution.getVariable("baseIndex"), "indice de base"),
        BillingRunDelegates.billingDate(execution.getVariable("effectiveFrom"), clock));
  }

  private static BigDecimal decimal(Object value, String label) {
    if (value == null || value.toString().isBlank()) {
      throw new BadInput("Le champ « " + label + " » est obligatoire.");
    }
    try {
      return new BigDecimal(value.toString().trim().replace(',', '.'));
    } catch (NumberFormatException e) {
      throw new BadInput("Le champ « " + label + " » doit être un nombre (ex. 126,55).");
    }
  }

  @Component("proposeIndexedFee")
  static class ProposeIndexedFee implements JavaDelegate {
    private final FeeScheduleService fees;
    private final Clock clock;

    ProposeIndexedFee(FeeScheduleService fees, Clock clock) {
      this.fees = fees;
      this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
      if (execution.getVariable("effectiveFrom") == null) {
        throw new BadInput("La date d'effet est obligatoire.");
      }
      var p = proposal(fees, execution, clock);
      execution.setVariable("effectiveFrom", p.effectiveFrom().toString());
      execution.setProcessBusinessKey(BusinessKeys.of("fee-indexation", p.effectiveFrom()));
      execution.setVariable("proposedFee", p.newFee().toPlainString());
      execution.setVariable("currentFee", p.currentFee().toPlainString());
      execution.setVariable("proposalSummary", "**Participation mensuelle indexée proposée : " + p.newFee() + " EUR HTVA**\n\n"
          + "- Participation de base : " + p.baseFee() + " EUR\n"
          + "- Nouvel indice santé : " + p.healthIndex() + "\n"
          + "- Indice de base : " + p.baseIndex() + "\n"
          + "- Calcul : " + p.baseFee() + " × " + p.healthIndex() + " ÷ " + p.baseIndex() + " = " + p.newFee() + " EUR (arrondi au cent)\n"
          + "- Participation actuelle à cette date : " + p.currentFee() + " EUR\n"
          + "- S'applique aux mois qui commencent le " + p.effectiveFrom() + " ou après.");
    }
  }

  @Component("applyIndexedFee")
  static class ApplyIndexedFee implements JavaDelegate {
    private final FeeScheduleService fees;
    private final Clock clock;

    ApplyIndexedFee(FeeScheduleService fees, Clock clock) {
      this.fees = fees;
      this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
      fees.approve(proposal(fees, execution, clock), TaskActor.recorded(execution, "ApprouverIndexation"));
    }
  }
}
