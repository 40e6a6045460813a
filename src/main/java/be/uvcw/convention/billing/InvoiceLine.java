package be.uvcw.convention.billing;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import java.time.LocalDate;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** One month of service on an invoice: fee in force on its first day, reduction, amount. */
@Entity
@RequiredArgsConstructor(access = AccessLevel.PROTECTED)
@Getter
public class InvoiceLine {

  @Id
  private Long id;
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "invoice_id")
  private Invoice invoice;
  private Long conventionId;
  private LocalDate month;
  private String description;
  private BigDecimal unitPrice;
  private int reductionPercent;
  private BigDecimal amount;
}
