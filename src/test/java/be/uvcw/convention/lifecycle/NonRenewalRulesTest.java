package be.uvcw.convention.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import be.uvcw.convention.convention.ConventionDates;
import be.uvcw.convention.platform.french.FrenchText;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Art. 8: a letter is on time when received on or before the renewal date minus one month. Start 2026-04-01. */
class NonRenewalRulesTest {

  private static final ConventionDates DATES = ConventionDates.fromSignature(LocalDate.parse("2026-03-15"));

  @ParameterizedTest(name = "received {0} -> ends {1}")
  @CsvSource({
      "2026-03-20, 2027-03-31",
      "2027-03-01, 2027-03-31",
      "2027-04-01, 2028-03-31",
      "2028-03-01, 2028-03-31",
      "2029-03-01, 2029-03-31"})
  void onTimeLettersEndTheConventionTheDayBeforeTheRenewal(LocalDate received, LocalDate end) {
    NonRenewalRules.Decision decision = NonRenewalRules.judge(DATES, received);
    assertThat(decision.accepted()).isTrue();
    assertThat(decision.endDate()).isEqualTo(end);
    assertThat(DATES.endAfterNoticeReceived(received)).contains(end);
  }

  @ParameterizedTest(name = "received {0}: late for {1}, next deadline {2}")
  @CsvSource({
      "2027-03-02, 2027-04-01, 2028-03-01",
      "2027-03-31, 2027-04-01, 2028-03-01",
      "2028-03-02, 2028-04-01, 2029-03-01"})
  void lateLettersAreRefusedAndTheUserIsGivenTheNextDeadline(LocalDate received, LocalDate renewal, LocalDate nextDeadline) {
    NonRenewalRules.Decision decision = NonRenewalRules.judge(DATES, received);
    assertThat(decision.accepted()).isFalse();
    assertThat(decision.renewalDate()).isEqualTo(renewal);
    assertThat(decision.nextDeadline()).isEqualTo(nextDeadline);
    assertThat(decision.endDate()).isNull();
    assertThat(decision.reason()).contains("après la date limite").contains(FrenchText.date(nextDeadline));
  }

  @ParameterizedTest(name = "received {0}: last renewal missed, the 48-month limit ends it")
  @CsvSource({"2029-03-02", "2029-04-01", "2030-01-15"})
  void inTheLastYearNothingIsLeftToRefuse(LocalDate received) {
    NonRenewalRules.Decision decision = NonRenewalRules.judge(DATES, received);
    assertThat(decision.accepted()).isFalse();
    assertThat(decision.nextDeadline()).isNull();
    assertThat(decision.reason()).contains("31 mars 2030");
  }
}
