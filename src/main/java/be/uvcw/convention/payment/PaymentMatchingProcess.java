package be.uvcw.convention.payment;

import be.uvcw.convention.identity.EngineAsApplication;
import be.uvcw.convention.platform.BusinessKeys;
import be.uvcw.convention.platform.french.FrenchText;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Starts `payment-matching` (« Rapprocher un paiement ») for a credit that no rule settled, with
 * what finance needs in the form: the credit, why it was not matched, and the likely invoices as
 * the options of a select. Business key {@code bank-credit-<id>}: one open instance per credit.
 */
@Component
public class PaymentMatchingProcess {

  public static final String KEY = "payment-matching";

  private final RuntimeService runtime;
  private final JdbcTemplate jdbc;
  private final ObjectMapper json;
  private final EngineAsApplication engine;

  PaymentMatchingProcess(@Lazy RuntimeService runtime, JdbcTemplate jdbc, ObjectMapper json, EngineAsApplication engine) {
    this.runtime = runtime;
    this.engine = engine;
    this.jdbc = jdbc;
    this.json = json;
  }

  static String businessKey(long creditId) {
    return BusinessKeys.of("bank-credit", creditId);
  }

  public boolean isOpen(long creditId) {
    return engine.call(() -> runtime.createProcessInstanceQuery().processDefinitionKey(KEY)
        .processInstanceBusinessKey(businessKey(creditId)).count()) > 0;
  }

  /** {@code outcome}: the import's matching; null after an undo (the candidates are looked up again). */
  void start(long creditId, PaymentMatcher.Outcome outcome) {
    Map<String, Object> credit = jdbc.queryForMap("select booking_date, amount, counterparty_name, counterparty_iban, communication,"
        + " structured_communication from bank_credit where id = ?", creditId);
    BigDecimal amount = (BigDecimal) credit.get("amount");
    PaymentMatcher.Outcome matching = outcome;
    String reason;
    if (matching == null) {
      matching = PaymentMatcher.match(new PaymentMatcher.Credit(amount, (String) credit.get("structured_communication"),
          (String) credit.get("communication"), (String) credit.get("counterparty_iban")), new ReceivablesSnapshot(jdbc));
      reason = "Un rapprochement de ce crédit a été annulé : choisissez la facture qu'il paie.";
    } else {
      reason = matching.reason();
    }
    List<PaymentMatcher.OpenInvoice> likely = new ArrayList<>();
    matching.allocations().forEach(a -> likely.add(a.invoice()));
    likely.addAll(matching.candidates());

    Map<String, Object> variables = new LinkedHashMap<>();
    PaymentMatchingVariables.BANK_CREDIT_ID.putIn(variables, creditId);
    PaymentMatchingVariables.CREDIT_SUMMARY.putIn(variables, summary(credit, reason) + likelyList(likely));
    PaymentMatchingVariables.CANDIDATES.putIn(variables, SpinValues.jsonValue(options(likely)).create());
    // an internal process: started on the application's authority (finance may not start it by hand)
    engine.call(() -> runtime.startProcessInstanceByKey(KEY, businessKey(creditId), variables));
  }

  private static String summary(Map<String, Object> credit, String reason) {
    LocalDate booked = ((java.sql.Date) credit.get("booking_date")).toLocalDate();
    StringBuilder text = new StringBuilder()
        .append("Crédit du ").append(FrenchText.date(booked)).append(" : ")
        .append(FrenchText.euros((BigDecimal) credit.get("amount")))
        .append(" de ").append(credit.get("counterparty_name") == null ? "(donneur d'ordre inconnu)" : credit.get("counterparty_name"));
    if (credit.get("counterparty_iban") != null) {
      text.append(" (").append(credit.get("counterparty_iban")).append(")");
    }
    text.append(". Communication : ").append(credit.get("communication") == null ? "(aucune)" : "« " + credit.get("communication") + " »")
        .append(". ").append(reason == null ? "" : reason);
    return text.toString();
  }

  /** The proposals as text too, so that finance reads them in the task whatever the select shows. */
  private static String likelyList(List<PaymentMatcher.OpenInvoice> invoices) {
    if (invoices.isEmpty()) {
      return "\n\nAucune facture ouverte ne correspond : indiquez le numéro de la facture payée, ou classez le crédit.";
    }
    StringBuilder text = new StringBuilder("\n\nFactures probables :");
    invoices.stream().distinct().forEach(i -> text.append("\n- ").append(label(i)));
    return text.toString();
  }

  private static String label(PaymentMatcher.OpenInvoice invoice) {
    return invoice.number() + " – " + invoice.organisationName() + " – reste dû " + FrenchText.euros(invoice.outstanding());
  }

  /** form-js select options: [{"label": "2026-00001 – CPAS de Namur – reste dû 99,22 €", "value": "2026-00001"}]. */
  private String options(List<PaymentMatcher.OpenInvoice> invoices) {
    List<Map<String, String>> options = invoices.stream().distinct()
        .map(i -> Map.of("label", label(i), "value", i.number()))
        .toList();
    try {
      return json.writeValueAsString(options);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
