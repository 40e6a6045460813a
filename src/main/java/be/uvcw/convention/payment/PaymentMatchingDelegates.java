package be.uvcw.convention.payment;

import be.uvcw.convention.error.BadInput;
import be.uvcw.convention.error.Conflict;
import be.uvcw.convention.error.Forbidden;
import static be.uvcw.convention.payment.PaymentMatchingVariables.*;

import be.uvcw.convention.identity.Groups;
import be.uvcw.convention.integrity.TaskActor;
import java.math.BigDecimal;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/** The listener and thin delegates of the BPMN `payment-matching` (« Rapprocher un paiement »). */
final class PaymentMatchingDelegates {

  static final String ALLOCATE = "ALLOCATE";
  static final String NOT_AN_INVOICE_PAYMENT = "NOT_AN_INVOICE_PAYMENT";

  /** The user task whose decision the steps below record. */
  static final String DECISION_TASK = "RapprocherPaiement";

  private PaymentMatchingDelegates() {}

  /**
   * The credit is the one the application named in the business key when it started the process
   * (bank-credit-ID), not a variable a user could rewrite.
   */
  static long creditId(DelegateExecution execution) {
    String key = execution.getProcessBusinessKey();
    if (key == null || !key.matches("bank-credit-[0-9]+")) {
      throw new Conflict("Ce rapprochement n'est lié à aucun crédit bancaire : il doit être ouvert par l'import d'un relevé.");
    }
    return Long.parseLong(key.substring("bank-credit-".length()));
  }

  /** The invoice finance typed, else the one picked among the proposals. */
  static String invoiceNumber(VariableScope scope) {
    String other = text(OTHER_INVOICE_NUMBER.get(scope));
    return other != null ? other : text(INVOICE_NUMBER.get(scope));
  }

  static BigDecimal amount(VariableScope scope) {
    try {
      return AMOUNT.get(scope);
    } catch (BadInput e) {
      throw new BadInput("Montant à affecter : " + e.getMessage(), e);
    }
  }

  static String text(Object value) {
    return value == null || value.toString().isBlank() ? null : value.toString().trim();
  }

  /**
   * On completion: the decision must be complete and possible now (a French refusal keeps the task
   * open); nothing is recorded here. Who decided is written by the task's ${taskActor} listener.
   */
  @Component("paymentMatchingDecision")
  @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
  static class Decision implements TaskListener {
    private final PaymentService payments;
    private final IdentityService identity;

    @Override
    public void notify(DelegateTask task) {
      var authentication = identity.getCurrentAuthentication();
      if (authentication == null || authentication.getUserId() == null) {
        throw new Forbidden("La décision doit être prise par une personne connectée du service des Finances.");
      }
      // the task is finance's whatever other grants the caller holds (staff may update tasks in general)
      List<String> groups = authentication.getGroupIds() == null ? List.of() : authentication.getGroupIds();
      if (!groups.contains(Groups.FINANCE) && !groups.contains(Groups.ADMIN)) {
        throw new Forbidden("« Rapprocher un paiement » est réservé au service des Finances.");
      }
      String decision = text(DECISION.raw(task));
      if (ALLOCATE.equals(decision)) {
        String number = invoiceNumber(task);
        if (number == null) {
          throw new BadInput("Facture : choisissez une facture proposée ou indiquez son numéro (ex. 2026-00042).");
        }
        payments.plan(creditId(task.getExecution()), number, amount(task));
      } else if (NOT_AN_INVOICE_PAYMENT.equals(decision)) {
        String reason = text(DECISION_REASON.raw(task));
        if (reason == null || reason.length() < 5) {
          throw new BadInput("Motif : obligatoire (au moins 5 caractères) quand le crédit ne paie aucune facture.");
        }
      } else {
        throw new BadInput("Décision : choisissez « Affecter le crédit à une facture » ou « Ce crédit ne paie aucune facture ».");
      }
      task.getExecution().removeVariable("matchingProblem");
    }
  }

  /** Records finance's allocation; if it is no longer possible (paid meanwhile), back to finance with the reason. */
  @Component("allocateBankCredit")
  @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
  static class Allocate implements JavaDelegate {
    private final PaymentService payments;

    @Override
    public void execute(DelegateExecution execution) {
      // checked outside the allocating transaction, so that a refusal does not mark the job's transaction for rollback
      try {
        payments.plan(creditId(execution), invoiceNumber(execution), amount(execution));
      } catch (BadInput | Conflict e) {
        MATCHING_PROBLEM.set(execution, e.getMessage());
        throw new BpmnError("RapprochementImpossible", e.getMessage());
      }
      long allocation = payments.allocate(creditId(execution), invoiceNumber(execution), amount(execution),
          TaskActor.recorded(execution, DECISION_TASK), "Tâche « Rapprocher un paiement »");
      ALLOCATION_ID.set(execution, allocation);
    }
  }

  @Component("setBankCreditAside")
  @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
  static class SetAside implements JavaDelegate {
    private final PaymentService payments;

    @Override
    public void execute(DelegateExecution execution) {
      payments.ignore(creditId(execution), text(DECISION_REASON.get(execution)), TaskActor.recorded(execution, DECISION_TASK));
    }
  }

}
