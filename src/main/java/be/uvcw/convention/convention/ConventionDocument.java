package be.uvcw.convention.convention;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.Instant;
import lombok.Getter;

/** The convention as generated for signature (.docx), stored in the database with its convention. */
@Entity
@Getter
public class ConventionDocument {

  public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  @Id
  private Long conventionId;

  private String fileName;
  private byte[] content;
  private BigDecimal monthlyFee;
  private int reductionPercent;
  private Instant generatedAt;

  protected ConventionDocument() {}

  public ConventionDocument(Long conventionId, String fileName, byte[] content, BigDecimal monthlyFee,
      int reductionPercent, Instant generatedAt) {
    this.conventionId = conventionId;
    replace(fileName, content, monthlyFee, reductionPercent, generatedAt);
  }

  /** Generated again (a retried job, a corrected request): the newest text replaces the old one. */
  public void replace(String fileName, byte[] content, BigDecimal monthlyFee, int reductionPercent, Instant generatedAt) {
    this.fileName = fileName;
    this.content = content;
    this.monthlyFee = monthlyFee;
    this.reductionPercent = reductionPercent;
    this.generatedAt = generatedAt;
  }
}
