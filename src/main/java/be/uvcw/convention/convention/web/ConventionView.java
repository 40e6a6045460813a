package be.uvcw.convention.convention.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A convention as GET /api/conventions/{id} shows it. */
public record ConventionView(
    Long id,
    Long organisationId,
    String organisationName,
    String organisationType,
    String tenantId,
    String status,
    String statusLabel,
    String refusalReason,
    BigDecimal monthlyFee,
    int reductionPercent,
    LocalDate signatureDate,
    LocalDate startDate,
    LocalDate currentTermEnd,
    LocalDate limitEnd,
    LocalDate endDate,
    List<SignatureView> signatures,
    List<ToolView> tools,
    String spaceState,
    String documentUrl,
    String processInstanceId) {

  public record SignatureView(String party, String name, LocalDate signedOn, String place) {}

  public record ToolView(String code, String name, String userGuideUrl, String installedVersion) {}
}
