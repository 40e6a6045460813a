package be.uvcw.convention.payment;

import be.uvcw.convention.billing.StructuredCommunication;
import be.uvcw.convention.platform.french.FrenchText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Which invoices a bank credit pays (art. 7 b: "the invoice in the communication"). Plain rules,
 * tried in this order, the first that finds an open invoice wins:
 * <ol>
 *   <li>the structured communication (mod 97 valid, the invoice's own), from the bank's structured
 *       field or written +++ddd/dddd/ddddd+++ in the free text;</li>
 *   <li>invoice numbers in the free communication ("2026-00001", "2026/1", "facture 2026 00001",
 *       "202600001"; several numbers pay several invoices in the order written);</li>
 *   <li>the amount and the payer's known IBAN (an IBAN seen on earlier matched payments of an
 *       organisation): one open invoice of that amount (the oldest when several), or the sum of all
 *       that organisation's open invoices.</li>
 * </ol>
 * Rules 1 and 2 pay each invoice up to what it still asks: less is a partial payment, more leaves
 * the rest unallocated on the credit. What no rule settles goes to finance with likely invoices.
 * Outstanding amounts already deduct credit notes (view {@code invoice_balance}).
 */
public final class PaymentMatcher {

  /** Written structured communication inside free text: +++123/4567/89012+++ or 123/4567/89012. */
  private static final Pattern WRITTEN_STRUCTURED = Pattern.compile("(?<!\\d)(?:\\+{3}|\\*{3})?\\s*(\\d{3})\\s*/\\s*(\\d{4})\\s*/\\s*(\\d{5})\\s*(?:\\+{3}|\\*{3})?(?!\\d)");
  /** An invoice number: a year 20xx, an optional separator, 1 to 5 digits; not a date (2026-07-01). */
  private static final Pattern INVOICE_NUMBER = Pattern.compile("(?<!\\d)(20\\d{2})\\s?[-/._ ]?\\s?(\\d{1,5})(?!\\d)(?![-/.]\\d)");
  private static final Pattern CREDIT_NOTE_PREFIX = Pattern.compile("(?i)NC\\s?-?\\s?$");
  private static final int MAX_CANDIDATES = 10;

  /** How the credit was matched (values of {@code payment_allocation.method}). */
  public enum Method { STRUCTURED_COMMUNICATION, INVOICE_NUMBER, AMOUNT_AND_IBAN, MANUAL }

  /** An issued invoice and what it still asks (total − credit notes − payments). */
  public record OpenInvoice(long id, String number, long organisationId, String organisationName,
                            String structuredCommunication, LocalDate issueDate, BigDecimal outstanding) {
    boolean isOpen() {
      return outstanding.signum() > 0;
    }
  }

  /** What the matcher needs to know of the receivables; an import keeps it up to date as it allocates. */
  public interface Receivables {
    Optional<OpenInvoice> byStructuredCommunication(String twelveDigits);

    Optional<OpenInvoice> byNumber(String number);

    /** Open invoices of the organisations whose earlier matched payments came from this IBAN. */
    List<OpenInvoice> openInvoicesOfPayer(String iban);

    /** A few open invoices asking exactly this amount, whoever the organisation (finance's candidates). */
    List<OpenInvoice> openInvoicesAsking(BigDecimal amount);
  }

  /** The credit as matching sees it. */
  public record Credit(BigDecimal amount, String structuredCommunication, String communication, String counterpartyIban) {}

  public record Allocation(OpenInvoice invoice, BigDecimal amount, Method method) {}

  /**
   * The allocations found (none when unmatched), the rest left on the credit, and for finance a
   * French reason and the likely invoices when some or all of the credit is not settled.
   */
  public record Outcome(List<Allocation> allocations, BigDecimal rest, String reason, List<OpenInvoice> candidates) {
    public boolean matched() {
      return !allocations.isEmpty();
    }
  }

  private PaymentMatcher() {}

  public static Outcome match(Credit credit, Receivables receivables) {
    List<String> notes = new ArrayList<>();
    Map<Long, OpenInvoice> named = new LinkedHashMap<>();

    // 1. structured communication
    for (String digits : structuredCandidates(credit)) {
      if (!validCheckDigits(digits)) {
        notes.add("la communication structurée " + written(digits) + " a des chiffres de contrôle faux (modulo 97)");
        continue;
      }
      Optional<OpenInvoice> invoice = receivables.byStructuredCommunication(digits);
      if (invoice.isEmpty()) {
        notes.add("la communication structurée " + written(digits) + " n'est celle d'aucune facture");
        continue;
      }
      named.put(invoice.get().id(), invoice.get());
      if (invoice.get().isOpen()) {
        return paying(credit, List.of(invoice.get()), Method.STRUCTURED_COMMUNICATION);
      }
      notes.add("la facture " + invoice.get().number() + " de la communication structurée est déjà soldée");
    }

    // 2. invoice numbers in the free communication
    List<OpenInvoice> byNumber = new ArrayList<>();
    for (String number : invoiceNumbers(credit.communication())) {
      Optional<OpenInvoice> invoice = receivables.byNumber(number);
      if (invoice.isEmpty()) {
        continue;
      }
      named.put(invoice.get().id(), invoice.get());
      if (invoice.get().isOpen()) {
        byNumber.add(invoice.get());
      } else {
        notes.add("la facture " + number + " citée est déjà soldée");
      }
    }
    if (!byNumber.isEmpty()) {
      return paying(credit, byNumber, Method.INVOICE_NUMBER);
    }
    if (!named.isEmpty()) {
      // the payer named invoices that are paid: a second payment is finance's to decide
      return unmatched(credit, receivables, notes, named.values());
    }

    // 3. amount and the payer's known IBAN
    if (credit.counterpartyIban() != null) {
      List<OpenInvoice> payers = receivables.openInvoicesOfPayer(credit.counterpartyIban());
      Optional<OpenInvoice> sameAmount = payers.stream().filter(i -> i.outstanding().compareTo(credit.amount()) == 0)
          .min(Comparator.comparing(OpenInvoice::issueDate, Comparator.nullsLast(Comparator.naturalOrder()))
              .thenComparing(OpenInvoice::id));
      if (sameAmount.isPresent()) {
        return paying(credit, List.of(sameAmount.get()), Method.AMOUNT_AND_IBAN);
      }
      Map<Long, List<OpenInvoice>> byOrganisation = payers.stream()
          .collect(Collectors.groupingBy(OpenInvoice::organisationId, LinkedHashMap::new, Collectors.toList()));
      List<List<OpenInvoice>> summing = byOrganisation.values().stream()
          .filter(list -> list.size() > 1 && sum(list).compareTo(credit.amount()) == 0).toList();
      if (summing.size() == 1) {
        return paying(credit, summing.get(0), Method.AMOUNT_AND_IBAN);
      }
      if (payers.isEmpty()) {
        notes.add("le compte du donneur d'ordre n'est connu d'aucune organisation ayant une facture ouverte (jamais vu sur un paiement rapproché, ou factures soldées)");
      } else {
        notes.add("le montant ne correspond à aucune facture ouverte des organisations connues pour ce compte");
      }
    } else {
      notes.add("le compte du donneur d'ordre n'est pas indiqué");
    }
    return unmatched(credit, receivables, notes, named.values());
  }

  /** Pays the invoices in order, each up to what it asks; the rest stays on the credit. */
  private static Outcome paying(Credit credit, List<OpenInvoice> invoices, Method method) {
    List<Allocation> allocations = new ArrayList<>();
    BigDecimal rest = credit.amount();
    for (OpenInvoice invoice : invoices) {
      if (rest.signum() <= 0) {
        break;
      }
      BigDecimal amount = rest.min(invoice.outstanding());
      allocations.add(new Allocation(invoice, amount, method));
      rest = rest.subtract(amount);
    }
    String reason = rest.signum() > 0 ? "paiement supérieur à ce que demandent les factures : " + FrenchText.euros(rest)
        + " restent à affecter" : null;
    return new Outcome(List.copyOf(allocations), rest, reason, List.of());
  }

  private static Outcome unmatched(Credit credit, Receivables receivables, List<String> notes, Iterable<OpenInvoice> named) {
    Map<Long, OpenInvoice> candidates = new LinkedHashMap<>();
    named.forEach(i -> candidates.put(i.id(), i));
    if (credit.counterpartyIban() != null) {
      receivables.openInvoicesOfPayer(credit.counterpartyIban()).forEach(i -> candidates.putIfAbsent(i.id(), i));
    }
    receivables.openInvoicesAsking(credit.amount()).forEach(i -> candidates.putIfAbsent(i.id(), i));
    List<OpenInvoice> likely = candidates.values().stream().limit(MAX_CANDIDATES).toList();
    String reason = notes.isEmpty() ? "aucune règle de rapprochement ne s'applique" : String.join(" ; ", notes);
    return new Outcome(List.of(), credit.amount(), capitalised(reason) + ".", likely);
  }

  /** The bank's structured field first, then communications written in the free text; no duplicates. */
  static List<String> structuredCandidates(Credit credit) {
    Set<String> found = new LinkedHashSet<>();
    if (credit.structuredCommunication() != null && credit.structuredCommunication().matches("[0-9]{12}")) {
      found.add(credit.structuredCommunication());
    }
    if (credit.communication() != null) {
      Matcher m = WRITTEN_STRUCTURED.matcher(credit.communication());
      while (m.find()) {
        found.add(m.group(1) + m.group(2) + m.group(3));
      }
      String compact = credit.communication().trim();
      if (compact.matches("[0-9]{12}")) {
        found.add(compact);
      }
    }
    return List.copyOf(found);
  }

  /** Invoice numbers written in a free communication, normalised to 2026-00001, in the order written. */
  static List<String> invoiceNumbers(String communication) {
    if (communication == null || communication.isBlank()) {
      return List.of();
    }
    // structured communications are not invoice numbers (their digits would read as one)
    String text = WRITTEN_STRUCTURED.matcher(communication).replaceAll(" ");
    Set<String> numbers = new LinkedHashSet<>();
    Matcher m = INVOICE_NUMBER.matcher(text);
    while (m.find()) {
      if (CREDIT_NOTE_PREFIX.matcher(text.substring(Math.max(0, m.start() - 4), m.start())).find()) {
        continue;
      }
      int sequence = Integer.parseInt(m.group(2));
      if (sequence > 0) {
        numbers.add(m.group(1) + "-" + String.format("%05d", sequence));
      }
    }
    return List.copyOf(numbers);
  }

  static boolean validCheckDigits(String twelveDigits) {
    try {
      StructuredCommunication.parse(twelveDigits);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static String written(String digits) {
    return "+++" + digits.substring(0, 3) + "/" + digits.substring(3, 7) + "/" + digits.substring(7) + "+++";
  }

  private static BigDecimal sum(List<OpenInvoice> invoices) {
    return invoices.stream().map(OpenInvoice::outstanding).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static String capitalised(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
