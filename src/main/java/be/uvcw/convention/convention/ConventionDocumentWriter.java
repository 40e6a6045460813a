package be.uvcw.convention.convention;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * Builds the .docx of a convention from the text template {@code documents/convention-template.txt}
 * (the seed's convention text with {{placeholders}}). The template is plain text so that a clerk's
 * wording change is a one-line diff; its small markup: "# " title, "## " article, "### " sub-title,
 * "!" centred line, "- " and "  - " bullets, "**bold**". A line whose placeholders are all empty is left out.
 */
public final class ConventionDocumentWriter {

  public static final String TEMPLATE = "/documents/convention-template.txt";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\w+)}}");
  private static final String FONT = "Calibri";

  private ConventionDocumentWriter() {}

  public static byte[] write(Map<String, String> values) {
    String template = readTemplate();
    try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (String rawLine : template.split("\\R")) {
        if (rawLine.isBlank()) {
          continue;
        }
        String line = fill(rawLine, values);
        if (line == null) {
          continue;
        }
        addLine(document, line);
      }
      document.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the convention document", e);
    }
  }

  /** Replaces the placeholders; null when the line only held placeholders that are all empty. */
  static String fill(String line, Map<String, String> values) {
    Matcher matcher = PLACEHOLDER.matcher(line);
    StringBuilder filled = new StringBuilder();
    boolean anyValue = false;
    boolean anyPlaceholder = false;
    while (matcher.find()) {
      anyPlaceholder = true;
      String name = matcher.group(1);
      if (!values.containsKey(name)) {
        throw new IllegalArgumentException("No value for placeholder {{" + name + "}} of the convention template");
      }
      String value = values.get(name) == null ? "" : values.get(name);
      anyValue |= !value.isEmpty();
      matcher.appendReplacement(filled, Matcher.quoteReplacement(value));
    }
    matcher.appendTail(filled);
    String result = filled.toString();
    boolean onlyPlaceholders = PLACEHOLDER.matcher(line).replaceAll("").isBlank();
    return anyPlaceholder && !anyValue && onlyPlaceholders ? null : result;
  }

  private static void addLine(XWPFDocument document, String line) {
    XWPFParagraph paragraph = document.createParagraph();
    paragraph.setSpacingAfter(120);
    int size = 11;
    boolean bold = false;
    String text = line;
    if (line.startsWith("# ")) {
      text = line.substring(2);
      size = 18;
      bold = true;
      paragraph.setAlignment(ParagraphAlignment.CENTER);
    } else if (line.startsWith("## ")) {
      text = line.substring(3);
      size = 14;
      bold = true;
      paragraph.setSpacingBefore(240);
    } else if (line.startsWith("### ")) {
      text = line.substring(4);
      size = 12;
      bold = true;
      paragraph.setSpacingBefore(180);
    } else if (line.startsWith("!")) {
      text = line.substring(1);
      paragraph.setAlignment(ParagraphAlignment.CENTER);
    } else if (line.startsWith("  - ")) {
      text = "◦ " + line.substring(4);
      paragraph.setIndentationLeft(1080);
      paragraph.setIndentationHanging(360);
    } else if (line.startsWith("- ")) {
      text = "• " + line.substring(2);
      paragraph.setIndentationLeft(720);
      paragraph.setIndentationHanging(360);
    }
    paragraph.setAlignment(paragraph.getAlignment() == ParagraphAlignment.CENTER ? ParagraphAlignment.CENTER : ParagraphAlignment.BOTH);
    String[] parts = text.split("\\*\\*", -1);
    for (int i = 0; i < parts.length; i++) {
      if (parts[i].isEmpty()) {
        continue;
      }
      XWPFRun run = paragraph.createRun();
      run.setFontFamily(FONT);
      run.setFontSize(size);
      run.setBold(bold || i % 2 == 1);
      run.setText(parts[i]);
    }
  }

  private static String readTemplate() {
    try (InputStream in = ConventionDocumentWriter.class.getResourceAsStream(TEMPLATE)) {
      if (in == null) {
        throw new IllegalStateException("Convention template missing from the classpath: " + TEMPLATE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
