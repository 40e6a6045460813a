package be.uvcw.convention.billing;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import java.time.LocalDate;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** One credited month: a copy of the invoice line it cancels. */
@Entity
@RequiredArgsConstructor(access = AccessLevel.PROTECTED)
@Getter
public class CreditNoteLine {

  @Id
  private Long id;
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "credit_note_id")
  private CreditNote creditNote;
  private Long invoiceLineId;
  private LocalDate month;
  private String description;
  private BigDecimal unitPrice;
  private int reductionPercent;
  private BigDecimal amount;
  @Enumerated(EnumType.STRING)
  private CreditNoteService.LineKind kind;
}
