package be.uvcw.convention.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BusinessKeysTest {

  @Test
  void aKeyIsTheSubjectADashAndTheId() {
    assertThat(BusinessKeys.of("convention", 12L)).isEqualTo("convention-12");
    assertThat(BusinessKeys.of("membership-request", 5)).isEqualTo("membership-request-5");
    assertThat(BusinessKeys.of("invoice", "2026-00001")).isEqualTo("invoice-2026-00001");
  }

  @Test
  void aDayIsWrittenTheIsoWay() {
    assertThat(BusinessKeys.of("billing-run", LocalDate.parse("2027-01-01"))).isEqualTo("billing-run-2027-01-01");
  }

  @Test
  void readableTextIsNotAKey() {
    assertThatThrownBy(() -> BusinessKeys.of("CPAS de Gembloux — adhésion", 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> BusinessKeys.of("convention", "12 bis")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> BusinessKeys.of("convention", null)).isInstanceOf(NullPointerException.class);
  }
}
