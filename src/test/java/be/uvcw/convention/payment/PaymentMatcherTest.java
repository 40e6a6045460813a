package be.uvcw.convention.payment;

import static org.assertj.core.api.Assertions.assertThat;

import be.uvcw.convention.billing.StructuredCommunication;
import be.uvcw.convention.payment.PaymentMatcher.Method;
import be.uvcw.convention.payment.PaymentMatcher.OpenInvoice;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The matching rules without Spring or a database: order, partial and over-payments, several invoices, credit notes. */
class PaymentMatcherTest {

  private static final String NAMUR_IBAN = "BE68539007547034";
  private static final long NAMUR = 1;
  private static final long GESVES = 2;

  /** Receivables in memory: invoices with what they still ask, and the IBANs known per organisation. */
  private static final class Book implements PaymentMatcher.Receivables {
    final List<OpenInvoice> invoices = new ArrayList<>();
    final Map<String, List<Long>> payers = new HashMap<>();

    OpenInvoice invoice(long organisation, int sequence, String total, String creditedOrPaid) {
      BigDecimal outstanding = new BigDecimal(total).subtract(new BigDecimal(creditedOrPaid));
      OpenInvoice invoice = new OpenInvoice(sequence, String.format("2026-%05d", sequence), organisation,
          organisation == NAMUR ? "CPAS de Namur" : "Commune de Gesves",
          StructuredCommunication.forDocument(2026, false, sequence).digits(), LocalDate.of(2026, 1, 1).plusDays(sequence),
          outstanding);
      invoices.add(invoice);
      return invoice;
    }

    @Override
    public Optional<OpenInvoice> byStructuredCommunication(String digits) {
      return invoices.stream().filter(i -> i.structuredCommunication().equals(digits)).findFirst();
    }

    @Override
    public Optional<OpenInvoice> byNumber(String number) {
      return invoices.stream().filter(i -> i.number().equals(number)).findFirst();
    }

    @Override
    public List<OpenInvoice> openInvoicesOfPayer(String iban) {
      List<Long> organisations = payers.getOrDefault(iban, List.of());
      return invoices.stream().filter(i -> i.isOpen() && organisations.contains(i.organisationId())).toList();
    }

    @Override
    public List<OpenInvoice> openInvoicesAsking(BigDecimal amount) {
      return invoices.stream().filter(i -> i.isOpen() && i.outstanding().compareTo(amount) == 0).toList();
    }
  }

  private final Book book = new Book();

  private static PaymentMatcher.Credit credit(String amount, String structured, String free, String iban) {
    return new PaymentMatcher.Credit(new BigDecimal(amount), structured, free, iban);
  }

  private static String communicationOf(int sequence) {
    return StructuredCommunication.forDocument(2026, false, sequence).digits();
  }

  @Test
  void theStructuredCommunicationWinsOverAnInvoiceNumberAndTheAmount() {
    OpenInvoice first = book.invoice(NAMUR, 1, "99.22", "0");
    book.invoice(NAMUR, 2, "99.22", "0");
    book.payers.put(NAMUR_IBAN, List.of(NAMUR));

    var outcome = PaymentMatcher.match(credit("99.22", communicationOf(1), "facture 2026-00002", NAMUR_IBAN), book);

    assertThat(outcome.allocations()).singleElement().satisfies(a -> {
      assertThat(a.invoice()).isEqualTo(first);
      assertThat(a.method()).isEqualTo(Method.STRUCTURED_COMMUNICATION);
      assertThat(a.amount()).isEqualByComparingTo("99.22");
    });
    assertThat(outcome.rest()).isEqualByComparingTo("0");
  }

  @Test
  void aStructuredCommunicationWrittenInTheFreeTextCountsAsStructured() {
    book.invoice(NAMUR, 42, "99.22", "0");
    String written = StructuredCommunication.forDocument(2026, false, 42).formatted();
    var outcome = PaymentMatcher.match(credit("99.22", null, "Paiement " + written, null), book);
    assertThat(outcome.allocations()).singleElement().extracting(PaymentMatcher.Allocation::method)
        .isEqualTo(Method.STRUCTURED_COMMUNICATION);
  }

  @Test
  void aWrongCheckDigitIsNotTakenAsTheInvoicesCommunicationAndTheNextRuleDecides() {
    book.invoice(NAMUR, 1, "99.22", "0");
    String wrong = communicationOf(1).substring(0, 10) + String.format("%02d", (Integer.parseInt(communicationOf(1).substring(10)) + 1) % 97);

    var unmatched = PaymentMatcher.match(credit("99.22", wrong, null, null), book);
    assertThat(unmatched.matched()).isFalse();
    assertThat(unmatched.reason()).contains("chiffres de contrôle faux");
    assertThat(unmatched.candidates()).extracting(OpenInvoice::number).containsExactly("2026-00001");

    var byNumber = PaymentMatcher.match(credit("99.22", wrong, "Fact. 2026/1", null), book);
    assertThat(byNumber.allocations()).singleElement().extracting(PaymentMatcher.Allocation::method).isEqualTo(Method.INVOICE_NUMBER);
  }

  @ParameterizedTest(name = "« {0} » names {1}")
  @CsvSource(delimiter = ';', value = {
      "2026-00001; 2026-00001",
      "facture 2026/1; 2026-00001",
      "FACT 2026 00001; 2026-00001",
      "202600001; 2026-00001",
      "Facture n° 2026.17 CPAS; 2026-00017",
      "factures 2026-00003 + 2026-00004; 2026-00003 2026-00004",
      "NC-2026-00005 et 2026-00006; 2026-00006",
      "paiement du 2026-07-01; ''",
      "+++202/6000/00197+++; ''"})
  void invoiceNumbersAreReadTolerantlyButNotFromDatesCreditNotesOrStructuredCommunications(String text, String expected) {
    List<String> numbers = expected.isBlank() ? List.of() : List.of(expected.split(" "));
    assertThat(PaymentMatcher.invoiceNumbers(text)).containsExactlyElementsOf(numbers);
  }

  @Test
  void aPartialPaymentPaysWhatItCanAndLeavesTheInvoicePartlyPaid() {
    book.invoice(NAMUR, 1, "99.22", "0");
    var outcome = PaymentMatcher.match(credit("50.00", communicationOf(1), null, null), book);
    assertThat(outcome.allocations()).singleElement().extracting(a -> a.amount()).isEqualTo(new BigDecimal("50.00"));
    assertThat(outcome.rest()).isEqualByComparingTo("0");
  }

  @Test
  void anOverPaymentPaysTheInvoiceAndLeavesTheRestUnallocatedOnTheCredit() {
    book.invoice(NAMUR, 1, "99.22", "0");
    var outcome = PaymentMatcher.match(credit("120.00", communicationOf(1), null, null), book);
    assertThat(outcome.allocations()).singleElement().extracting(a -> a.amount()).isEqualTo(new BigDecimal("99.22"));
    assertThat(outcome.rest()).isEqualByComparingTo("20.78");
    assertThat(outcome.reason()).contains("20,78\u00A0€ restent à affecter");
  }

  @Test
  void oneTransferNamingTwoInvoicesPaysBothInTheOrderWritten() {
    book.invoice(NAMUR, 3, "99.22", "0");
    book.invoice(NAMUR, 4, "49.61", "0");
    var outcome = PaymentMatcher.match(credit("148.83", null, "Factures 2026-00003 et 2026-00004", null), book);
    assertThat(outcome.allocations()).extracting(a -> a.invoice().number(), a -> a.amount().toPlainString())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("2026-00003", "99.22"), org.assertj.core.groups.Tuple.tuple("2026-00004", "49.61"));
    assertThat(outcome.rest()).isEqualByComparingTo("0");
  }

  @Test
  void oneTransferOfTheSumOfAnOrganisationsOpenInvoicesFromItsKnownAccountPaysThemAll() {
    book.invoice(NAMUR, 3, "99.22", "0");
    book.invoice(NAMUR, 4, "49.61", "0");
    book.invoice(GESVES, 5, "49.61", "0");
    book.payers.put(NAMUR_IBAN, List.of(NAMUR));
    var outcome = PaymentMatcher.match(credit("148.83", null, "cotisation", NAMUR_IBAN), book);
    assertThat(outcome.allocations()).extracting(a -> a.invoice().number()).containsExactly("2026-00003", "2026-00004");
    assertThat(outcome.allocations()).allMatch(a -> a.method() == Method.AMOUNT_AND_IBAN);
  }

  @Test
  void theAmountFromAKnownAccountPaysTheOldestInvoiceOfThatAmount() {
    book.invoice(NAMUR, 7, "49.61", "0");
    book.invoice(NAMUR, 8, "49.61", "0");
    book.payers.put(NAMUR_IBAN, List.of(NAMUR));
    var outcome = PaymentMatcher.match(credit("49.61", null, null, NAMUR_IBAN), book);
    assertThat(outcome.allocations()).singleElement().extracting(a -> a.invoice().number()).isEqualTo("2026-00007");
  }

  @Test
  void theAmountAloneFromAnUnknownAccountIsNotEnoughButProposesTheInvoicesOfThatAmount() {
    book.invoice(GESVES, 5, "49.61", "0");
    var outcome = PaymentMatcher.match(credit("49.61", null, "merci", "BE62510007547061"), book);
    assertThat(outcome.matched()).isFalse();
    assertThat(outcome.candidates()).extracting(OpenInvoice::number).containsExactly("2026-00005");
    assertThat(outcome.reason()).contains("connu d'aucune organisation");
  }

  @Test
  void aCreditNoteReducesWhatIsDueSoTheReducedAmountPaysTheInvoiceInFull() {
    // invoice 99.22 with a credit note of 49.61: invoice_balance says 49.61 outstanding
    book.invoice(NAMUR, 9, "99.22", "49.61");
    var outcome = PaymentMatcher.match(credit("49.61", communicationOf(9), null, null), book);
    assertThat(outcome.allocations()).singleElement().extracting(a -> a.amount()).isEqualTo(new BigDecimal("49.61"));
    assertThat(outcome.rest()).isEqualByComparingTo("0");
  }

  @Test
  void aSecondPaymentOfAPaidInvoiceGoesToFinanceWithThatInvoiceProposed() {
    book.invoice(NAMUR, 10, "99.22", "99.22");
    book.invoice(NAMUR, 11, "99.22", "0");
    book.payers.put(NAMUR_IBAN, List.of(NAMUR));
    var outcome = PaymentMatcher.match(credit("99.22", communicationOf(10), null, NAMUR_IBAN), book);
    assertThat(outcome.matched()).isFalse();
    assertThat(outcome.reason()).contains("2026-00010", "déjà soldée");
    assertThat(outcome.candidates()).extracting(OpenInvoice::number).contains("2026-00010", "2026-00011");
  }
}
