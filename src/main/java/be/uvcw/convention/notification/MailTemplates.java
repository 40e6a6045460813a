package be.uvcw.convention.notification;

import be.uvcw.convention.platform.french.FrenchText;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The texts of the application's mails, from Mustache templates in {@code src/main/resources/mail/}
 * (one file per mail: the subject on the first line, a line {@code ---}, then the text). The one
 * place for the greeting and the signature ({@code mail/layout.mustache}), and for how dates
 * (« 1er mars 2027 ») and amounts (« 2 460,00 € ») are written: any {@link LocalDate},
 * {@link LocalDateTime} or {@link BigDecimal} value is formatted by {@link FrenchText}.
 * A name the template uses but the values lack is an error, so a typo cannot send a gap.
 */
@Component
public class MailTemplates {

  /** Greets by name when set (« Bonjour Martine Hautfenne, »), else « Madame, Monsieur, ». */
  public static final String RECIPIENT_NAME = "recipientName";

  public record Text(String subject, String body) {}

  private final Mustache.Compiler compiler = Mustache.compiler()
      .escapeHTML(false)
      .emptyStringIsFalse(true)
      .nullValue("")
      .withFormatter(MailTemplates::format)
      .withLoader(name -> new java.io.StringReader(partial(name))); // {{> name}}: a shared passage
  private final Map<String, Template[]> templates = new ConcurrentHashMap<>();
  private final Template layout = compiler.compile(read("layout"));

  /** The subject and the whole text (greeting, the template's text, signature) of that mail. */
  public Text render(String name, Map<String, ?> values) {
    Template[] parts = templates.computeIfAbsent(name, this::compile);
    String subject = parts[0].execute(values).strip();
    Map<String, Object> page = new HashMap<>();
    page.put(RECIPIENT_NAME, values.get(RECIPIENT_NAME));
    // A paragraph is followed by one blank line, however the template's sections and passages fall.
    page.put("content", parts[1].execute(values).strip().replaceAll("\n{3,}", "\n\n"));
    return new Text(subject, layout.execute(page).strip() + "\n");
  }

  /** A mail to one address, ready for {@link MailService#send}. */
  public Mail mail(String name, String to, Long organisationId, Map<String, ?> values) {
    Text text = render(name, values);
    return new Mail(to, text.subject(), text.body(), organisationId);
  }

  private Template[] compile(String name) {
    String source = read(name);
    int separator = source.indexOf("\n---\n");
    if (separator < 0) {
      throw new IllegalStateException("Le modèle d'e-mail « " + name + " » n'a pas de ligne --- après l'objet.");
    }
    return new Template[] {compiler.compile(source.substring(0, separator)), compiler.compile(source.substring(separator + 5))};
  }

  /**
   * A shared passage: one line is used inside a sentence (« {{> adaptation-about}}. »), so it ends
   * without a line break; several lines form a paragraph on their own lines, so they end with one
   * (a partial tag alone on its line loses that line's break, as Mustache wants).
   */
  private static String partial(String name) {
    String text = read(name).strip();
    return text.contains("\n") ? text + "\n" : text;
  }

  private static String read(String name) {
    try (InputStream in = new ClassPathResource("mail/" + name + ".mustache").getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
    } catch (IOException e) {
      throw new UncheckedIOException("Modèle d'e-mail introuvable : mail/" + name + ".mustache", e);
    }
  }

  private static String format(Object value) {
    if (value instanceof LocalDate date) {
      return FrenchText.date(date);
    }
    if (value instanceof LocalDateTime when) {
      return FrenchText.dateTime(when);
    }
    if (value instanceof BigDecimal amount) {
      return FrenchText.euros(amount);
    }
    return String.valueOf(value);
  }
}
