package be.uvcw.convention.billing.document;

import be.uvcw.convention.billing.document.InvoiceDocument.Kind;
import be.uvcw.convention.billing.document.InvoiceDocument.Line;
import be.uvcw.convention.billing.document.InvoiceDocument.Party;
import be.uvcw.convention.platform.french.FrenchText;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import org.springframework.stereotype.Component;

/**
 * The PDF of an invoice or a credit note, in French, with the mentions Belgian VAT law asks of an
 * invoice (art. 5 of royal decree no. 1): supplier and customer with addresses and enterprise
 * numbers, issue date, sequential number, period and description, unit price, reduction, taxable
 * base, VAT rate and amount, total, and for an invoice the payment account, structured
 * communication, due date and an EPC QR code. Thread-safe and stateless: fonts are built once.
 */
@Component
public class InvoicePdfWriter {

  /** Standard Helvetica in WinAnsi: nothing to embed or parse per document, and it has é, «, », €. */
  private static final BaseFont HELVETICA = baseFont(BaseFont.HELVETICA);
  private static final BaseFont HELVETICA_BOLD = baseFont(BaseFont.HELVETICA_BOLD);

  private static final Color INK = new Color(0x22, 0x22, 0x22);
  private static final Color MUTED = new Color(0x66, 0x66, 0x66);
  private static final Color ACCENT = new Color(0x00, 0x4f, 0x8c);
  private static final Color RULE = new Color(0xcc, 0xcc, 0xcc);
  private static final Color SHADE = new Color(0xee, 0xf3, 0xf8);

  private static final Font TEXT = new Font(HELVETICA, 9, Font.NORMAL, INK);
  private static final Font SMALL = new Font(HELVETICA, 7.5f, Font.NORMAL, MUTED);
  private static final Font BOLD = new Font(HELVETICA_BOLD, 9, Font.NORMAL, INK);
  private static final Font PARTY_NAME = new Font(HELVETICA_BOLD, 10.5f, Font.NORMAL, INK);
  private static final Font TITLE = new Font(HELVETICA_BOLD, 18, Font.NORMAL, ACCENT);
  private static final Font HEADER = new Font(HELVETICA_BOLD, 8.5f, Font.NORMAL, Color.WHITE);
  private static final Font TOTAL = new Font(HELVETICA_BOLD, 11, Font.NORMAL, INK);

  /** Size of the QR symbol on paper: 3.5 cm, well above the 2 cm banking apps need. */
  private static final float QR_SIZE = 99f;

  /** The PDF, as bytes (a few kilobytes). */
  public byte[] write(InvoiceDocument invoice) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
    write(invoice, out);
    return out.toByteArray();
  }

  public void write(InvoiceDocument invoice, OutputStream out) {
    boolean creditNote = invoice.kind() == Kind.CREDIT_NOTE;
    Document pdf = new Document(PageSize.A4, 42, 42, 42, 48);
    try {
      PdfWriter writer = PdfWriter.getInstance(pdf, out);
      writer.setFullCompression();
      pdf.addTitle((creditNote ? "Note de crédit " : "Facture ") + invoice.number());
      pdf.addAuthor(invoice.supplier().name());
      pdf.addSubject(invoice.customer().name());
      pdf.open();
      pdf.add(header(invoice, creditNote));
      pdf.add(customer(invoice));
      if (invoice.creditedInvoiceNumber() != null) {
        pdf.add(paragraph(creditReference(invoice, creditNote), BOLD, 10));
      }
      pdf.add(paragraph((creditNote ? "Période créditée : du " : "Période facturée : du ") + FrenchText.date(invoice.periodStart()) + " au "
          + FrenchText.date(invoice.periodEnd()), TEXT, 10));
      pdf.add(lines(invoice));
      pdf.add(totals(invoice, creditNote));
      if (creditNote) {
        pdf.add(creditNotePayment(invoice));
      } else {
        pdf.add(payment(invoice, writer.getDirectContent()));
      }
      pdf.add(paragraph(legalFooter(invoice), SMALL, 18));
    } catch (DocumentException e) {
      throw new IllegalStateException("PDF impossible à produire pour " + invoice.number(), e);
    } finally {
      if (pdf.isOpen()) {
        pdf.close();
      }
    }
  }

  private static PdfPTable header(InvoiceDocument invoice, boolean creditNote) throws DocumentException {
    PdfPTable table = table(new float[] {55, 45});
    Party supplier = invoice.supplier();
    PdfPCell left = cell();
    left.addElement(new Phrase(supplier.name(), PARTY_NAME));
    left.addElement(new Phrase(supplier.street(), TEXT));
    left.addElement(new Phrase(supplier.postalCode() + " " + supplier.city(), TEXT));
    left.addElement(new Phrase("N° d'entreprise : " + IdentifierFormats.enterpriseNumber(supplier.enterpriseNumber()), TEXT));
    left.addElement(new Phrase("N° de TVA : BE " + IdentifierFormats.enterpriseNumber(supplier.enterpriseNumber()), TEXT));
    if (supplier.email() != null) {
      left.addElement(new Phrase(supplier.email(), TEXT));
    }
    table.addCell(left);

    PdfPCell right = cell();
    Paragraph title = new Paragraph(creditNote ? "NOTE DE CRÉDIT" : "FACTURE", TITLE);
    title.setAlignment(Element.ALIGN_RIGHT);
    right.addElement(title);
    right.addElement(rightAligned("N° " + invoice.number(), BOLD));
    right.addElement(rightAligned("Date d'émission : " + FrenchText.shortDate(invoice.issueDate()), TEXT));
    if (!creditNote && invoice.dueDate() != null) {
      right.addElement(rightAligned("Date d'échéance : " + FrenchText.shortDate(invoice.dueDate()), TEXT));
    }
    if (invoice.buyerReference() != null) {
      right.addElement(rightAligned("Votre référence : " + invoice.buyerReference(), TEXT));
    }
    table.addCell(right);
    return table;
  }

  private static PdfPTable customer(InvoiceDocument invoice) throws DocumentException {
    PdfPTable table = table(new float[] {45, 55});
    table.setSpacingBefore(18);
    table.addCell(cell());
    Party customer = invoice.customer();
    PdfPCell box = cell();
    box.setBorder(Rectangle.BOX);
    box.setBorderColor(RULE);
    box.setPadding(8);
    box.addElement(new Phrase(invoice.kind() == Kind.CREDIT_NOTE ? "Client crédité" : "Facturé à", SMALL));
    box.addElement(new Phrase(customer.name(), PARTY_NAME));
    box.addElement(new Phrase(customer.street(), TEXT));
    box.addElement(new Phrase(customer.postalCode() + " " + customer.city(), TEXT));
    box.addElement(new Phrase("N° d'entreprise : " + IdentifierFormats.enterpriseNumber(customer.enterpriseNumber()), TEXT));
    table.addCell(box);
    return table;
  }

  private static String creditReference(InvoiceDocument invoice, boolean creditNote) {
    return (creditNote ? "Note de crédit relative à la facture n° " : "Facture complémentaire à la facture n° ")
        + invoice.creditedInvoiceNumber()
        + (invoice.creditedInvoiceIssueDate() == null ? "" : " du " + FrenchText.date(invoice.creditedInvoiceIssueDate()));
  }

  private static PdfPTable lines(InvoiceDocument invoice) throws DocumentException {
    PdfPTable table = table(new float[] {38, 17, 17, 12, 16});
    table.setSpacingBefore(8);
    table.setHeaderRows(1);
    for (String heading : new String[] {"Description", "Mois", "Prix unitaire HTVA", "Réduction", "Montant HTVA"}) {
      PdfPCell cell = new PdfPCell(new Phrase(heading, HEADER));
      cell.setBackgroundColor(ACCENT);
      cell.setBorder(Rectangle.NO_BORDER);
      cell.setPadding(5);
      cell.setHorizontalAlignment(heading.equals("Description") ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT);
      table.addCell(cell);
    }
    boolean shaded = false;
    for (Line line : invoice.lines()) {
      Color background = shaded ? SHADE : null;
      table.addCell(lineCell(line.description(), Element.ALIGN_LEFT, background));
      table.addCell(lineCell(FrenchText.month(line.month()), Element.ALIGN_RIGHT, background));
      table.addCell(lineCell(FrenchText.euros(line.unitPrice()), Element.ALIGN_RIGHT, background));
      table.addCell(lineCell(line.reductionPercent() == 0 ? "—" : FrenchText.percent(line.reductionPercent()), Element.ALIGN_RIGHT, background));
      table.addCell(lineCell(FrenchText.euros(line.amount()), Element.ALIGN_RIGHT, background));
      shaded = !shaded;
    }
    return table;
  }

  private static PdfPTable totals(InvoiceDocument invoice, boolean creditNote) throws DocumentException {
    PdfPTable table = table(new float[] {50, 30, 20});
    table.setSpacingBefore(6);
    totalRow(table, "Base imposable (total HTVA)", FrenchText.euros(invoice.totalExclVat()), TEXT);
    totalRow(table, "TVA " + FrenchText.percent(invoice.vatRatePercent()) + " sur "
        + FrenchText.euros(invoice.totalExclVat()), FrenchText.euros(invoice.vatAmount()), TEXT);
    totalRow(table, creditNote ? "Total crédité TVAC" : "Total à payer TVAC", FrenchText.euros(invoice.totalInclVat()), TOTAL);
    return table;
  }

  private static void totalRow(PdfPTable table, String label, String amount, Font font) {
    table.addCell(cell());
    PdfPCell labelCell = new PdfPCell(new Phrase(label, font));
    labelCell.setBorder(Rectangle.TOP);
    labelCell.setBorderColor(RULE);
    labelCell.setPadding(4);
    table.addCell(labelCell);
    PdfPCell amountCell = new PdfPCell(new Phrase(amount, font));
    amountCell.setBorder(Rectangle.TOP);
    amountCell.setBorderColor(RULE);
    amountCell.setPadding(4);
    amountCell.setHorizontalAlignment(Element.ALIGN_RIGHT);
    table.addCell(amountCell);
  }

  private static PdfPTable payment(InvoiceDocument invoice, PdfContentByte canvas) throws DocumentException {
    PdfPTable table = table(new float[] {72, 28});
    table.setSpacingBefore(18);
    table.setKeepTogether(true); // never split the payment details from their QR code
    PdfPCell text = cell();
    text.setBackgroundColor(SHADE);
    text.setPadding(10);
    text.addElement(new Phrase("Paiement", PARTY_NAME));
    text.addElement(new Phrase("Montant à payer : " + FrenchText.euros(invoice.totalInclVat()), TEXT));
    if (invoice.dueDate() != null) {
      text.addElement(new Phrase("À payer au plus tard le : " + FrenchText.shortDate(invoice.dueDate()), TEXT));
    }
    text.addElement(new Phrase("Sur le compte : " + IdentifierFormats.iban(invoice.iban())
        + (invoice.bic() == null ? "" : " (BIC " + invoice.bic() + ")"), TEXT));
    text.addElement(new Phrase("Au nom de : " + invoice.supplier().name(), TEXT));
    text.addElement(new Phrase("Communication structurée : " + invoice.structuredCommunication(), BOLD));
    text.addElement(new Phrase("Merci de mentionner exactement cette communication pour que votre paiement soit reconnu.", SMALL));
    table.addCell(text);

    PdfPCell qr = cell();
    qr.setHorizontalAlignment(Element.ALIGN_CENTER);
    qr.setVerticalAlignment(Element.ALIGN_MIDDLE);
    qr.setPadding(4);
    Image symbol = Image.getInstance(qrTemplate(canvas, EpcPayload.of(invoice)));
    symbol.setAlignment(Element.ALIGN_CENTER);
    qr.addElement(symbol);
    Paragraph caption = new Paragraph("Scannez ce code avec votre application bancaire pour préremplir le virement.", SMALL);
    caption.setAlignment(Element.ALIGN_CENTER);
    qr.addElement(caption);
    table.addCell(qr);
    return table;
  }

  private static PdfPTable creditNotePayment(InvoiceDocument invoice) throws DocumentException {
    PdfPTable table = table(new float[] {100});
    table.setSpacingBefore(18);
    PdfPCell text = cell();
    text.setBackgroundColor(SHADE);
    text.setPadding(10);
    text.addElement(new Phrase("Règlement", PARTY_NAME));
    text.addElement(new Phrase("Le montant de " + FrenchText.euros(invoice.totalInclVat())
        + " est porté à votre crédit en déduction de la facture n° " + invoice.creditedInvoiceNumber()
        + ". S'il a déjà été payé, il vous sera remboursé.", TEXT));
    if (invoice.structuredCommunication() != null) {
      text.addElement(new Phrase("Référence de la note de crédit : " + invoice.structuredCommunication(), TEXT));
    }
    table.addCell(text);
    return table;
  }

  /** The QR modules as filled squares in a form XObject: vector, sharp at any zoom, no image to encode. */
  private static PdfTemplate qrTemplate(PdfContentByte canvas, String payload) {
    boolean[][] modules = QrCodes.modules(payload);
    int quiet = 4;
    int size = modules.length + 2 * quiet;
    float module = QR_SIZE / size;
    PdfTemplate template = canvas.createTemplate(QR_SIZE, QR_SIZE);
    template.setColorFill(Color.WHITE);
    template.rectangle(0, 0, QR_SIZE, QR_SIZE);
    template.fill();
    template.setColorFill(Color.BLACK);
    for (int y = 0; y < modules.length; y++) {
      int x = 0;
      while (x < modules.length) {
        if (!modules[y][x]) {
          x++;
          continue;
        }
        int run = x;
        while (run < modules.length && modules[y][run]) {
          run++;
        }
        // One rectangle per horizontal run of dark modules keeps the content stream short.
        template.rectangle((quiet + x) * module, QR_SIZE - (quiet + y + 1) * module, (run - x) * module, module);
        x = run;
      }
    }
    template.fill();
    return template;
  }

  private static String legalFooter(InvoiceDocument invoice) {
    Party supplier = invoice.supplier();
    return supplier.name() + " — " + supplier.street() + ", " + supplier.postalCode() + " " + supplier.city()
        + " — N° d'entreprise " + IdentifierFormats.enterpriseNumber(supplier.enterpriseNumber())
        + " — TVA BE " + IdentifierFormats.enterpriseNumber(supplier.enterpriseNumber())
        + ". Prestation : accès au Serveur CommunesPlone selon la convention d'accès (art. 7), TVA belge au taux normal.";
  }

  private static PdfPTable table(float[] widths) throws DocumentException {
    PdfPTable table = new PdfPTable(widths.length);
    table.setWidthPercentage(100);
    table.setWidths(widths);
    return table;
  }

  private static PdfPCell cell() {
    PdfPCell cell = new PdfPCell();
    cell.setBorder(Rectangle.NO_BORDER);
    cell.setPadding(0);
    return cell;
  }

  private static PdfPCell lineCell(String text, int alignment, Color background) {
    PdfPCell cell = new PdfPCell(new Phrase(text, TEXT));
    cell.setBorder(Rectangle.BOTTOM);
    cell.setBorderColor(RULE);
    cell.setPadding(5);
    cell.setHorizontalAlignment(alignment);
    if (background != null) {
      cell.setBackgroundColor(background);
    }
    return cell;
  }

  private static Paragraph rightAligned(String text, Font font) {
    Paragraph paragraph = new Paragraph(text, font);
    paragraph.setAlignment(Element.ALIGN_RIGHT);
    return paragraph;
  }

  private static Paragraph paragraph(String text, Font font, float spacingBefore) {
    Paragraph paragraph = new Paragraph(text, font);
    paragraph.setSpacingBefore(spacingBefore);
    return paragraph;
  }

  private static BaseFont baseFont(String name) {
    try {
      return BaseFont.createFont(name, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
    } catch (DocumentException | IOException e) {
      throw new IllegalStateException("Police standard " + name + " introuvable", e);
    }
  }
}
