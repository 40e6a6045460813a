package be.uvcw.convention.billing;

import be.uvcw.convention.error.BadInput;
import be.uvcw.convention.platform.french.FrenchText;
import be.uvcw.convention.convention.FeesInForce;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads and extends the fee schedule (table fee_schedule). */
@Service
@RequiredArgsConstructor
public class FeeScheduleService implements FeesInForce {

  private final JdbcTemplate jdbc;
  private final Clock clock;

  @Transactional(readOnly = true)
  public FeeSchedule schedule() {
    List<FeeSchedule.Entry> entries = jdbc.query("select effective_from, monthly_fee from fee_schedule order by effective_from",
        (rs, i) -> new FeeSchedule.Entry(rs.getObject(1, LocalDate.class), rs.getBigDecimal(2)));
    return new FeeSchedule(entries);
  }

  @Override
  @Transactional(readOnly = true)
  public BigDecimal monthlyFeeFor(java.time.YearMonth month) {
    return schedule().feeFor(month);
  }

  /** The proposal finance sees: base fee × new index / base index, half-up to the cent. */
  @Transactional(readOnly = true)
  public Proposal propose(BigDecimal healthIndex, BigDecimal baseIndex, LocalDate effectiveFrom) {
    if (effectiveFrom == null) {
      throw new BadInput("La date d'effet est obligatoire.");
    }
    if (healthIndex == null || baseIndex == null || healthIndex.signum() <= 0 || baseIndex.signum() <= 0) {
      throw new BadInput("L'indice santé et l'indice de base doivent être des nombres positifs.");
    }
    requirePlausibleIndices(healthIndex, baseIndex);
    FeeSchedule schedule = schedule();
    BigDecimal base = schedule.baseFee();
    return new Proposal(base, healthIndex, baseIndex, effectiveFrom, FeeSchedule.indexedFee(base, healthIndex, baseIndex),
        schedule.feeFor(java.time.YearMonth.from(effectiveFrom)));
  }

  /** Health indices lie between 1 and 1,000 (the form's range); one indexation at most halves or doubles the fee. */
  static final BigDecimal MAX_INDEX = new BigDecimal("1000");

  static void requirePlausibleIndices(BigDecimal healthIndex, BigDecimal baseIndex) {
    if (healthIndex.compareTo(BigDecimal.ONE) < 0 || healthIndex.compareTo(MAX_INDEX) > 0
        || baseIndex.compareTo(BigDecimal.ONE) < 0 || baseIndex.compareTo(MAX_INDEX) > 0) {
      throw be.uvcw.convention.error.Refusal.badInput(
          "Un indice santé est compris entre 1 et 1 000 (ex. 126,55) : vérifiez l'indice saisi.");
    }
    BigDecimal ratio = healthIndex.divide(baseIndex, 4, java.math.RoundingMode.HALF_UP);
    if (ratio.compareTo(new BigDecimal("0.5")) < 0 || ratio.compareTo(new BigDecimal("2")) > 0) {
      throw be.uvcw.convention.error.Refusal.badInput("Le nouvel indice (" + FrenchText.number(healthIndex)
          + ") diviserait ou multiplierait la participation par plus de deux par rapport à l'indice de base ("
          + FrenchText.number(baseIndex) + ") : vérifiez les deux indices.");
    }
  }

  /** Management approved: the fee applies to every month starting on or after the effective date. */
  @Transactional
  public void approve(Proposal proposal, String approvedBy) {
    try {
      jdbc.update("insert into fee_schedule (effective_from, monthly_fee, base_fee, base_index, health_index, approved_by, approved_at)"
              + " values (?, ?, ?, ?, ?, ?, ?)",
          proposal.effectiveFrom(), proposal.newFee(), proposal.baseFee(), proposal.baseIndex(), proposal.healthIndex(),
          approvedBy, java.sql.Timestamp.from(clock.instant()));
    } catch (DuplicateKeyException e) {
      throw new BillingConflictException("Une participation est déjà en vigueur à partir du " + FrenchText.date(proposal.effectiveFrom()) + ".");
    }
  }

  public record Proposal(BigDecimal baseFee, BigDecimal healthIndex, BigDecimal baseIndex, LocalDate effectiveFrom,
                         BigDecimal newFee, BigDecimal currentFee) {}
}
