package be.uvcw.convention.billing;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.uvcw.convention.error.Refusal;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BillingDatePolicyTest {

  private static final LocalDate FIRST_CONVENTION = LocalDate.of(2021, 4, 1);

  @ParameterizedTest(name = "today {0}: {1} accepted")
  @CsvSource({"2026-12-01, 2027-01-01", "2026-12-01, 2026-07-01", "2027-01-01, 2027-07-01", "2026-12-01, 2021-01-01",
      "2026-06-30, 2026-07-01"})
  void firstOfJanuaryOrJulyFromTheFirstConventionUpToOneSemesterAhead(LocalDate today, LocalDate billingDate) {
    assertThatCode(() -> BillingDatePolicy.requirePlausible(billingDate, today, FIRST_CONVENTION)).doesNotThrowAnyException();
  }

  @ParameterizedTest(name = "today {0}: {1} refused ({2})")
  @CsvSource({"2026-12-01, 9999-07-01, un semestre", "2026-12-01, 2027-07-01, un semestre", "2026-12-01, 2026-03-01, 1er janvier",
      "2026-12-01, 2026-07-02, 1er janvier", "2026-12-01, 2020-07-01, précède la première convention"})
  void otherDatesAreRefusedInFrench(LocalDate today, LocalDate billingDate, String reason) {
    assertThatThrownBy(() -> BillingDatePolicy.requirePlausible(billingDate, today, FIRST_CONVENTION))
        .isInstanceOf(Refusal.class).hasMessageContaining(reason)
        .satisfies(e -> org.assertj.core.api.Assertions.assertThat(((Refusal) e).status()).isEqualTo(400))
        .satisfies(e -> be.uvcw.convention.platform.french.FrenchStyle.assertFrenchStyle(e.getMessage()));
  }

  @ParameterizedTest(name = "no convention yet: {0} accepted")
  @CsvSource({"2019-01-01", "2027-01-01"})
  void withoutAnyConventionOnlyTheCalendarRulesApply(LocalDate billingDate) {
    assertThatCode(() -> BillingDatePolicy.requirePlausible(billingDate, LocalDate.of(2026, 12, 1), null)).doesNotThrowAnyException();
  }
}
