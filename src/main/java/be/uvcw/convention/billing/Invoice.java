package be.uvcw.convention.billing;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
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

/**
 * An invoice: one per convention and billing, one line per month. Written through JDBC by the
 * draft builder and the issuer (bulk runs); read through JPA. Once issued it is never edited.
 */
@Entity
@RequiredArgsConstructor(access = AccessLevel.PROTECTED)
@Getter
public class Invoice {

  @Id
  private Long id;
  private Long runId;
  private Integer chunkIndex;
  private Long conventionId;
  private Long organisationId;
  @Enumerated(EnumType.STRING)
  private InvoiceState state;
  private LocalDate billingDate;
  private LocalDate periodStart;
  private LocalDate periodEnd;
  private BigDecimal totalExclVat;
  private BigDecimal vatRatePercent;
  private BigDecimal vatAmount;
  private BigDecimal totalInclVat;
  private String customerName;
  private String customerStreet;
  private String customerPostalCode;
  private String customerCity;
  private String customerEnterpriseNumber;
  private String customerEmail;
  private Instant createdAt;
  private String number;
  private Integer numberYear;
  private Integer numberSequence;
  private LocalDate issueDate;
  private LocalDate dueDate;
  private String structuredCommunication;
  private Instant issuedAt;
  private Instant sentAt;
  @Enumerated(EnumType.STRING)
  private Kind kind;
  /** For a supplementary invoice: the invoice whose months it completes. */
  private Long correctedInvoiceId;

  @OneToMany(mappedBy = "invoice", cascade = CascadeType.ALL)
  @OrderBy("month")
  private List<InvoiceLine> lines = new ArrayList<>();

  /** REGULAR covers months (billed_month); SUPPLEMENTARY adds the CPAS reduction withdrawn from months another invoice covers. */
  public enum Kind { REGULAR, SUPPLEMENTARY }

  public boolean isIssued() { return state != InvoiceState.DRAFT; }
  public StructuredCommunication communication() { return StructuredCommunication.parse(structuredCommunication); }
}
