package be.uvcw.convention.platform.french;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The check every test of a user-visible text shares: dates and amounts are written the one French
 * way ({@link FrenchText}), never as the machine stores them.
 */
public final class FrenchStyle {

  /** « 2027-01-01 » */
  static final Pattern ISO_DATE = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");
  /** « 2460.00 », « 84.37 » (an enterprise number « 0207.722.926 » or an article « art. 6.11 » is not one) */
  static final Pattern DOT_DECIMAL = Pattern.compile("(?<!art\\. )(?<!article )(?<![\\d.])\\d+\\.\\d{2}(?![\\d.])");
  /** « EUR » as a word: amounts say « € » */
  static final Pattern EUR = Pattern.compile("\\bEUR\\b");
  /** « 21 % », « 82,00 € » with an ordinary space, which may break the line between the number and its sign */
  static final Pattern BREAKING_SPACE_BEFORE_SIGN = Pattern.compile("\\d [€%]");
  /** « 1 mars 2027 »: the first of the month is « 1er » */
  static final Pattern FIRST_WITHOUT_ER = Pattern.compile(
      "(?<![\\d,])1 (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\\b");

  private FrenchStyle() {}

  /** Fails, naming the offending piece, when the text writes a date or an amount another way. */
  public static String assertFrenchStyle(String text) {
    return check(text, ISO_DATE, DOT_DECIMAL, EUR, BREAKING_SPACE_BEFORE_SIGN, FIRST_WITHOUT_ER);
  }

  /**
   * The same for text read back from a PDF: its standard fonts draw the no-break space with the
   * glyph « space », which a text extractor returns as an ordinary space, so spaces are not checked.
   */
  public static String assertFrenchStyleIgnoringSpaces(String text) {
    return check(text, ISO_DATE, DOT_DECIMAL, EUR, FIRST_WITHOUT_ER);
  }

  /** Every mail queued so far (the outbox's journal, subject and text): each in the one style. */
  public static void assertEveryQueuedMailInFrenchStyle(JdbcTemplate jdbc) {
    jdbc.queryForList("select subject || chr(10) || body from outgoing_mail", String.class).forEach(FrenchStyle::assertFrenchStyle);
  }

  private static String check(String text, Pattern... wrongs) {
    assertThat(text).as("text to check").isNotNull();
    for (Pattern wrong : wrongs) {
      var found = wrong.matcher(text);
      assertThat(found.find() ? found.group() : null).as("« %s » in:%n%s", wrong.pattern(), text).isNull();
    }
    return text;
  }
}
