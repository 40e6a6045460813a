package be.uvcw.convention.billing;

import be.uvcw.convention.platform.french.FrenchText;
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
      throw new IllegalArgumentException("Le champ « " + label + " » est obligatoire.");
    }
    try {
      return new BigDecimal(value.toString().trim().replace(',', '.'));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("Le champ « " + label + " » doit être un nombre (ex. 126,55).");
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
        throw new IllegalArgumentException("La date d'effet est obligatoire.");
      }
      var p = proposal(fees, execution, clock);
      execution.setVariable("effectiveFrom", p.effectiveFrom().toString());
      execution.setVariable("proposedFee", p.newFee().toPlainString());
      execution.setVariable("currentFee", p.currentFee().toPlainString());
      execution.setVariable("proposalSummary", ProposalText.of(p));
    }
  }

  /** The markdown management reads in the review form. */
  static final class ProposalText {
    private ProposalText() {}

    static String of(FeeScheduleService.Proposal p) {
      return "**Participation mensuelle indexée proposée : " + FrenchText.euros(p.newFee()) + " HTVA**\n\n"
          + "- Participation de base : " + FrenchText.euros(p.baseFee()) + "\n"
          + "- Nouvel indice santé : " + FrenchText.number(p.healthIndex()) + "\n"
          + "- Indice de base : " + FrenchText.number(p.baseIndex()) + "\n"
          + "- Calcul : " + FrenchText.euros(p.baseFee()) + " × " + FrenchText.number(p.healthIndex()) + " ÷ "
          + FrenchText.number(p.baseIndex()) + " = " + FrenchText.euros(p.newFee()) + " (arrondi au cent)\n"
          + "- Participation actuelle à cette date : " + FrenchText.euros(p.currentFee()) + "\n"
          + "- S'applique aux mois qui commencent le " + FrenchText.date(p.effectiveFrom()) + " ou après.";
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
      fees.approve(proposal(fees, execution, clock), (String) execution.getVariable("approvedBy"));
    }
  }
}
