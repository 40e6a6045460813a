package be.uvcw.convention.billing;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** A note de crédit: credits given months of one issued invoice (which itself is never edited). */
@Entity
@RequiredArgsConstructor(access = AccessLevel.PROTECTED)
@Getter
public class CreditNote {

  public enum State { ISSUED, SENT }

  @Id
  private Long id;
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "invoice_id")
  private Invoice invoice;
  @Enumerated(EnumType.STRING)
  private State state;
  private String number;
  private Integer numberYear;
  private Integer numberSequence;
  private LocalDate issueDate;
  private String reason;
  private BigDecimal totalExclVat;
  private BigDecimal vatRatePercent;
  private BigDecimal vatAmount;
  private BigDecimal totalInclVat;
  private String structuredCommunication;
  private Instant issuedAt;
  private Instant sentAt;

  @OneToMany(mappedBy = "creditNote")
  @OrderBy("month")
  private List<CreditNoteLine> lines = new ArrayList<>();
}
