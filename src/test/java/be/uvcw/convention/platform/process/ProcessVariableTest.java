package be.uvcw.convention.platform.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Typed reads accept what forms, REST and tests store; writes keep the stored forms the BPMN and forms read. */
class ProcessVariableTest {

  static final ProcessVariable<LocalDate> DAY = ProcessVariable.date("day", null);
  static final ProcessVariable<Long> ID = ProcessVariable.id("someId", null);
  static final ProcessVariable<BigDecimal> AMOUNT = ProcessVariable.amount("amount", null);
  static final ProcessVariable<Boolean> FLAG = ProcessVariable.flag("flag", null);
  static final ProcessVariable<List<String>> CODES = ProcessVariable.textList("codes", null);
  static final ProcessVariable<List<String>> NUMBERS = ProcessVariable.commaList("numbers", null);

  @Test
  void aDateIsReadFromIsoTextADateTimeAJavaDateOrALocalDateAndStoredAsIsoText() {
    LocalDate day = LocalDate.of(2026, 7, 1);
    assertThat(DAY.read("2026-07-01")).isEqualTo(day);
    assertThat(DAY.read("2026-07-01T00:00:00.000+0200")).isEqualTo(day);
    assertThat(DAY.read(Date.from(day.atStartOfDay(ZoneId.of("Europe/Brussels")).toInstant()))).isEqualTo(day);
    assertThat(DAY.read(day)).isEqualTo(day);
    assertThat(DAY.stored(day)).isEqualTo("2026-07-01");
  }

  @Test
  void anUnreadableDateIsRefusedInFrench() {
    assertThatThrownBy(() -> DAY.read("1er juillet")).isInstanceOf(be.uvcw.convention.error.BadInput.class)
        .hasMessageContaining("n'est pas une date valide");
  }

  @Test
  void anIdIsReadFromAnyNumberOrTextAndStoredAsLong() {
    assertThat(ID.read(42)).isEqualTo(42L);
    assertThat(ID.read(" 42 ")).isEqualTo(42L);
    assertThat(ID.stored(42L)).isInstanceOf(Long.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"84.38", "84,38", " 84,38 "})
  void anAmountTypedWithACommaOrADotIsTheSameAndIsStoredAsPlainText(String typed) {
    assertThat(AMOUNT.read(typed)).isEqualByComparingTo("84.38");
    assertThat(AMOUNT.stored(new BigDecimal("84.380"))).isEqualTo("84.380");
  }

  @Test
  void anUnreadableAmountIsRefusedInFrench() {
    assertThatThrownBy(() -> AMOUNT.read("quatre-vingts")).hasMessageContaining("n'est pas un montant valide");
  }

  @Test
  void aFlagIsReadFromABooleanOrItsText() {
    assertThat(FLAG.read(true)).isTrue();
    assertThat(FLAG.read("false")).isFalse();
    assertThat(FLAG.read(null)).isNull();
  }

  @Test
  void aListIsReadFromACollectionAJsonArrayOrCommaSeparatedText() {
    assertThat(CODES.read(List.of("AGENDA", "PV"))).containsExactly("AGENDA", "PV");
    assertThat(CODES.read("[\"AGENDA\",\"PV\"]")).containsExactly("AGENDA", "PV");
    assertThat(CODES.read("AGENDA, PV")).containsExactly("AGENDA", "PV");
    assertThat(CODES.read(null)).isEmpty();
    assertThat(NUMBERS.stored(List.of("NC-1", "NC-2"))).isEqualTo("NC-1,NC-2");
    assertThat(NUMBERS.read("")).isEmpty();
  }

  @Test
  void aMissingOrBlankRequiredVariableIsABrokenProcessNamedInTheMessage() {
    VariableScope scope = mock(VariableScope.class);
    when(scope.getVariable("someId")).thenReturn("  ");
    when(scope.getVariable("day")).thenReturn("2026-07-01");
    assertThatThrownBy(() -> ID.required(scope)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Process variable someId is missing");
    assertThat(ID.optional(scope)).isEmpty();
    assertThat(DAY.required(scope)).isEqualTo(LocalDate.of(2026, 7, 1));
  }

  @Test
  void aValueSubmittedWithATaskWinsOverTheTasksOwnDefaultAndABlankOneFallsBackToIt() {
    DelegateTask task = mock(DelegateTask.class);
    DelegateExecution execution = mock(DelegateExecution.class);
    when(task.getExecution()).thenReturn(execution);
    when(task.getVariableLocal("day")).thenReturn("2026-07-01");
    when(execution.getVariable("day")).thenReturn("2026-07-03");
    assertThat(DAY.submitted(task)).isEqualTo(LocalDate.of(2026, 7, 3));
    when(execution.getVariable("day")).thenReturn(" ");
    assertThat(DAY.submitted(task)).isEqualTo(LocalDate.of(2026, 7, 1));
    when(task.getVariableLocal("day")).thenReturn(null);
    assertThat(DAY.submitted(task)).isNull();
  }

  @Test
  void aVariableIsPutInAStartMapInItsStoredForm() {
    Map<String, Object> variables = new HashMap<>();
    DAY.putIn(ID.putIn(variables, 7L), LocalDate.of(2026, 7, 1));
    assertThat(variables).containsEntry("someId", 7L).containsEntry("day", "2026-07-01");
    assertThat(ID.from(variables)).isEqualTo(7L);
    assertThat(AMOUNT.from(variables)).isNull();
  }
}
