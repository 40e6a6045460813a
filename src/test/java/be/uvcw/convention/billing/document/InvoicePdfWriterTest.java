package be.uvcw.convention.billing.document;

import static be.uvcw.convention.platform.french.FrenchStyle.assertFrenchStyleIgnoringSpaces;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.uvcw.convention.platform.french.FrenchText;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

class InvoicePdfWriterTest {

  private static final Logger log = LoggerFactory.getLogger(InvoicePdfWriterTest.class);
  private final InvoicePdfWriter writer = new InvoicePdfWriter();

  @Test
  void theQrCodeOnTheInvoiceDecodesToTheExactEpcPayload() throws Exception {
    byte[] pdf = writer.write(SampleDocuments.withReduction());

    assertThat(decodeQr(pdf)).isEqualTo("""
        BCD
        002
        1
        SCT
        GKCCBEBB
        Union des Villes et Communes de Wallonie asbl
        BE09091011584657
        EUR347.27

        000000000202""");
  }

  @Test
  void invoiceShowsEveryMentionBelgianLawRequires() throws Exception {
    String text = text(writer.write(SampleDocuments.withReduction()));

    assertThat(text).contains(
        "FACTURE", "N° 2026-00002", "Date d'émission : 01/07/2026", "Date d'échéance : 31/07/2026",
        "Union des Villes et Communes de Wallonie asbl", "Rue de l'Étoile 14", "5000 Namur",
        "N° d'entreprise : 0207.722.926", "N° de TVA : BE 0207.722.926",
        "CPAS d'Éghezée", "Route de Gembloux 43", "5310 Éghezée", "N° d'entreprise : 0212.209.373",
        "Période facturée : du 1er juillet 2026 au 31 décembre 2026",
        "Accès au Serveur CommunesPlone — juillet 2026", "août 2026",
        "Prix unitaire HTVA", "Réduction", "50 %", "82,00 €", "41,00 €",
        "Base imposable (total HTVA)", "287,00 €", "TVA 21 %", "60,27 €", "Total à payer TVAC", "347,27 €",
        "BE09 0910 1158 4657", "GKCCBEBB", "+++000/0000/00202+++", "À payer au plus tard le : 31/07/2026");
    assertThat(text).doesNotContain("NOTE DE CRÉDIT");
  }

  static Stream<Arguments> everyKindOfDocument() {
    return Stream.of(Arguments.of("facture", SampleDocuments.withReduction()), Arguments.of("facture indexée", SampleDocuments.feeChangeMidway()),
        Arguments.of("facture complémentaire", SampleDocuments.supplementary()), Arguments.of("note de crédit", SampleDocuments.creditNote()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyKindOfDocument")
  void everyDocumentWritesDatesInSentencesInWordsAndAmountsTheFrenchWay(String kind, InvoiceDocument document) throws Exception {
    String text = assertFrenchStyleIgnoringSpaces(text(writer.write(document)));

    assertThat(text).contains("du " + FrenchText.date(document.periodStart()) + " au " + FrenchText.date(document.periodEnd()),
        "Date d'émission : " + FrenchText.shortDate(document.issueDate()), "TVA 21 % sur " + spaced(FrenchText.euros(document.totalExclVat())),
        spaced(FrenchText.euros(document.totalInclVat())));
  }

  @Test
  void aSupplementaryInvoiceNamesTheInvoiceItCompletesWithItsDateInWords() throws Exception {
    assertThat(text(writer.write(SampleDocuments.supplementary()))).contains("FACTURE", "2026-00002 du 1er juillet 2026",
        "Période facturée : du 1er novembre 2026 au 31 décembre 2026", "82,00 €", "41,00 €", "Total à payer TVAC", "99,22 €");
  }

  private static String spaced(String written) {
    return written.replace('\u00A0', ' ');
  }

  @Test
  void creditNoteSaysSoAndNamesTheCreditedInvoiceWithoutAPaymentCode() throws Exception {
    byte[] pdf = writer.write(SampleDocuments.creditNote());
    String text = text(pdf);

    assertThat(text).contains("NOTE DE CRÉDIT", "N° NC-2026-00001",
        "Note de crédit relative à la facture n° 2026-00001 du 1er juillet 2026",
        "Période créditée : du 1er novembre 2026 au 31 décembre 2026",
        "novembre 2026", "décembre 2026", "Base imposable (total HTVA)", "164,00 €", "34,44 €",
        "Total crédité TVAC", "198,44 €");
    assertThat(text).doesNotContain("Date d'échéance", "Scannez");
    assertThatThrownBy(() -> decodeQr(pdf)).isInstanceOf(NotFoundException.class);
  }

  @Test
  void sixMonthInvoiceWithAFeeChangeShowsBothFees() throws Exception {
    byte[] pdf = writer.write(SampleDocuments.feeChangeMidway());
    String text = text(pdf);

    assertThat(text).contains("82,00 €", "83,65 €", "496,95 €", "104,36 €", "601,31 €");
    assertThat(decodeQr(pdf)).contains("\nEUR601.31\n");
    Path sample = Path.of("target", "billing-documents", "facture-2027-00001.pdf");
    Files.createDirectories(sample.getParent());
    Files.write(sample, pdf); // kept for a person to look at, with a picture of the page
    try (PDDocument document = Loader.loadPDF(pdf)) {
      javax.imageio.ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 90), "png",
          sample.resolveSibling("facture-2027-00001.png").toFile());
    }
  }

  @Test
  void aLongCatchUpInvoiceRunsOverPagesAndKeepsItsPaymentCodeWhole() throws Exception {
    InvoiceDocument catchUp = SampleDocuments.invoice("2026-00042", "0260000042", SampleDocuments.COMMUNE,
        LocalDate.of(2026, 7, 1), SampleDocuments.lines(2024, 7, 30, "82.00", 0));
    byte[] pdf = writer.write(catchUp);

    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getNumberOfPages()).isGreaterThan(1);
    }
    assertThat(text(pdf)).contains("décembre 2026", "2 460,00 €", "516,60 €", "2 976,60 €");
    assertThat(decodeQr(pdf, -1)).contains("\nEUR2976.60\n");
  }

  @Test
  void writersCanRunOnSeveralThreadsAtOnce() throws Exception {
    InvoiceDocument reduced = SampleDocuments.withReduction();
    InvoiceDocument indexed = SampleDocuments.feeChangeMidway();
    UblInvoiceWriter ubl = new UblInvoiceWriter();
    byte[] ublReduced = ubl.write(reduced);
    byte[] ublIndexed = ubl.write(indexed);
    var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      var futures = new java.util.ArrayList<java.util.concurrent.Future<Boolean>>();
      for (int i = 0; i < 200; i++) {
        InvoiceDocument document = i % 2 == 0 ? reduced : indexed;
        byte[] expected = i % 2 == 0 ? ublReduced : ublIndexed;
        futures.add(pool.submit(() -> java.util.Arrays.equals(ubl.write(document), expected)
            && text(writer.write(document)).contains(FrenchText.euros(document.totalInclVat()).replace('\u00A0', ' '))));
      }
      for (var future : futures) {
        assertThat(future.get()).isTrue();
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void logsTheTimePerDocument() {
    var timing = SampleDocuments.time(writer::write, 200, 500);
    log.info("PDF: 500 documents, {} ms per document, {} bytes each", String.format("%.2f", timing.nanosPerDocument() / 1_000_000),
        timing.bytesPerDocument());
    assertThat(timing.bytesPerDocument()).isPositive();
  }

  static String decodeQr(byte[] pdf) throws Exception {
    return decodeQr(pdf, 0);
  }

  /** Renders page {@code pageIndex} (-1 for the last) at 150 dpi and reads the QR code on it. */
  static String decodeQr(byte[] pdf, int pageIndex) throws Exception {
    BufferedImage page;
    try (PDDocument document = Loader.loadPDF(pdf)) {
      int index = pageIndex < 0 ? document.getNumberOfPages() - 1 : pageIndex;
      page = new PDFRenderer(document).renderImageWithDPI(index, 150, ImageType.RGB);
    }
    int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
    BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels)));
    Result result = new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE,
        DecodeHintType.CHARACTER_SET, "UTF-8"));
    return result.getText();
  }

  static String text(byte[] pdf) throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      // Table cells wrap where the layout decides: compare with whitespace collapsed.
      return new PDFTextStripper().getText(document).replace('\u00A0', ' ').replaceAll("\\s+", " ");
    }
  }
}
