package be.uvcw.convention.billing;

import be.uvcw.convention.integrity.TaskActor;
import be.uvcw.convention.error.BadInput;
import be.uvcw.convention.platform.BusinessKeys;
import static be.uvcw.convention.billing.FeeIndexationVariables.*;

import be.uvcw.convention.platform.process.ProcessVariable;
import be.uvcw.convention.platform.french.FrenchText;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The thin delegates of the BPMN `fee-indexation`. */
final class FeeIndexationDelegates {

  private FeeIndexationDelegates() {}

  static FeeScheduleService.Proposal proposal(FeeScheduleService fees, DelegateExecution execution, Clock clock) {
    return fees.propose(required(HEALTH_INDEX, execution, "nouvel indice santé"), required(BASE_INDEX, execution, "indice de base"),
        EFFECTIVE_FROM.optional(execution).orElse(LocalDate.now(clock)));
  }

  private static BigDecimal required(ProcessVariable<BigDecimal> index, DelegateExecution execution, String label) {
    BigDecimal value;
    try {
      value = index.get(execution);
    } catch (BadInput e) {
      throw new BadInput("Le champ « " + label + " » doit être un nombre (ex. 126,55).", e);
    }
    if (value == null) {
      throw new BadInput("Le champ « " + label + " » est obligatoire.");
    }
    return value;
  }

  @Component("proposeIndexedFee")
  @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
  static class ProposeIndexedFee implements JavaDelegate {
    private final FeeScheduleService fees;
    private final Clock clock;

    @Override
    public void execute(DelegateExecution execution) {
      if (EFFECTIVE_FROM.optional(execution).isEmpty()) {
        throw new BadInput("La date d'effet est obligatoire.");
      }
      var p = proposal(fees, execution, clock);
      EFFECTIVE_FROM.set(execution, p.effectiveFrom());
      execution.setProcessBusinessKey(BusinessKeys.of("fee-indexation", p.effectiveFrom()));
      PROPOSED_FEE.set(execution, p.newFee());
      CURRENT_FEE.set(execution, p.currentFee());
      PROPOSAL_SUMMARY.set(execution, ProposalText.of(p));
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
  @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
  static class ApplyIndexedFee implements JavaDelegate {
    private final FeeScheduleService fees;
    private final Clock clock;

    @Override
    public void execute(DelegateExecution execution) {
      fees.approve(proposal(fees, execution, clock), TaskActor.recorded(execution, "ApprouverIndexation"));
    }
  }
}
