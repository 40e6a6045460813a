package be.uvcw.convention.provisioning;

import java.time.Instant;
import java.util.List;

/** An organisation's secure space and its Tools, read in one transaction for screens and the API. */
public record SpaceReport(
    Long organisationId,
    String tenantId,
    String organisationName,
    SpaceState state,
    String stateLabel,
    String location,
    long quotaBytes,
    long usedBytes,
    double usedPercent,
    Instant createdAt,
    Instant updatedAt,
    List<Installation> installations) {

  public record Installation(
      String toolCode,
      String toolName,
      String version,
      String catalogVersion,
      InstallationState state,
      String stateLabel,
      String userGuideUrl,
      Instant installedAt,
      Instant updatedAt) {}

  static SpaceReport of(SecureSpace space, List<ToolInstallation> installations) {
    var organisation = space.getOrganisation();
    return new SpaceReport(organisation.getId(), organisation.getTenantId(), organisation.getName(), space.getState(),
        space.getState().label(), space.getLocation(), space.getQuotaBytes(), space.getUsedBytes(),
        Math.round(space.usedPercent() * 10) / 10.0, space.getCreatedAt(), space.getUpdatedAt(),
        installations.stream()
            .sorted(java.util.Comparator.comparing(i -> i.getTool().getName()))
            .map(i -> new Installation(i.getTool().getCode(), i.getTool().getName(), i.getVersion(),
                i.getTool().getCurrentVersion(), i.getState(), i.getState().label(), i.getTool().getUserGuideUrl(),
                i.getInstalledAt(), i.getUpdatedAt()))
            .toList());
  }
}
