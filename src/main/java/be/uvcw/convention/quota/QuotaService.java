package be.uvcw.convention.quota;

import be.uvcw.convention.error.NotFound;
import be.uvcw.convention.notification.UserMails;
import be.uvcw.convention.notification.MailService;
import be.uvcw.convention.notification.MailTemplates;
import be.uvcw.convention.platform.french.FrenchText;
import be.uvcw.convention.provisioning.ProvisioningService;
import be.uvcw.convention.provisioning.SecureSpace;
import be.uvcw.convention.provisioning.SecureSpaceRepository;
import be.uvcw.convention.provisioning.SpaceState;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Measures each space through the provisioning port and acts on quota crossings (art. 6.3). */
@Service
public class QuotaService {

  private static final double GIB = 1024.0 * 1024 * 1024;

  private final SecureSpaceRepository spaces;
  private final SpaceQuotaStateRepository states;
  private final QuotaExceedanceRepository exceedances;
  private final ProvisioningService provisioning;
  private final UserMails userMails;
  private final MailService mails;
  private final MailTemplates templates;
  private final Clock clock;
  private final String unionMail;

  public QuotaService(SecureSpaceRepository spaces, SpaceQuotaStateRepository states, QuotaExceedanceRepository exceedances,
      ProvisioningService provisioning,
      UserMails userMails, MailService mails, MailTemplates templates, Clock clock,
      @Value("${convention.lifecycle.union-mail:communesplone@uvcw.be}") String unionMail) {
    this.spaces = spaces;
    this.states = states;
    this.exceedances = exceedances;
    this.provisioning = provisioning;
    this.userMails = userMails;
    this.mails = mails;
    this.templates = templates;
    this.clock = clock;
    this.unionMail = unionMail;
  }

  /** Spaces whose data still counts: open or suspended (read-only ones are waiting for deletion). */
  @Transactional(readOnly = true)
  public List<Long> spacesToMeasure() {
    var counted = EnumSet.of(SpaceState.ACTIVE, SpaceState.SUSPENDED);
    return spaces.findAll().stream().filter(s -> counted.contains(s.getState())).map(SecureSpace::getId).sorted().toList();
  }

  @Transactional
  public QuotaRules.Assessment measure(Long spaceId) {
    SecureSpace space = space(spaceId);
    long used = provisioning.measureUsage(space.getOrganisation().getId());
    SpaceQuotaState state = states.findById(spaceId).orElseGet(() -> new SpaceQuotaState(spaceId));
    QuotaRules.Assessment assessment = QuotaRules.assess(used, space.getQuotaBytes(), state.isAboveWarning(), state.isAboveQuota());
    state.record(used, clock.instant(), assessment);
    states.save(state);
    return assessment;
  }

  /** Once per crossing of 90%: the User and the Union are told. */
  @Transactional
  public void warn(Long spaceId) {
    SecureSpace space = space(spaceId);
    String usage = usage(space);
    userMails.tell(space.getOrganisation(), "Votre espace de stockage est presque plein",
        "Votre espace sécurisé sur le Serveur CommunesPlone utilise " + usage + " des 3 Go prévus par la convention "
            + "(art. 6.3), soit plus de " + FrenchText.percent(90) + ". Pensez à supprimer les documents et anciennes versions inutiles ; "
            + "au-delà de 3 Go, l'Équipe de maintenance prendra contact avec vous.");
    mails.send(templates.mail("quota-union", unionMail, space.getOrganisation().getId(), Map.of(
        "organisation", space.getOrganisation().getName(), "location", space.getLocation(), "usage", usage)));
    states.findById(spaceId).ifPresent(SpaceQuotaState::warned);
  }

  /** What a new quota-exceedance process is started with. */
  public record Opened(Long exceedanceId, Long spaceId, Long organisationId, String organisationName, String tenantId,
      String spaceDescription) {}

  /**
   * Records a crossing of the quota for the maintenance team; empty when the space already has an
   * exceedance they have not handled yet (that one covers it).
   */
  @Transactional
  public Optional<Opened> openExceedance(Long spaceId) {
    if (exceedances.findBySpaceIdAndHandledAtIsNull(spaceId).isPresent()) {
      return Optional.empty();
    }
    SecureSpace space = space(spaceId);
    var organisation = space.getOrganisation();
    QuotaExceedance exceedance = exceedances.save(new QuotaExceedance(spaceId, organisation.getId(), space.getUsedBytes(), clock.instant()));
    return Optional.of(new Opened(exceedance.getId(), spaceId, organisation.getId(), organisation.getName(), organisation.getTenantId(),
        describe(space)));
  }

  /** The maintenance team's actions, checked by the task's complete listener; idempotent. */
  @Transactional
  public QuotaExceedance recordHandling(Long exceedanceId, String actionsTaken, String handledBy) {
    QuotaExceedance exceedance = exceedances.findById(exceedanceId)
        .orElseThrow(() -> new NotFound("Dépassement de quota " + exceedanceId + " introuvable."));
    exceedance.handled(QuotaRules.actionsTaken(actionsTaken), handledBy, clock.instant());
    return exceedance;
  }

  @Transactional(readOnly = true)
  public List<QuotaExceedance> exceedancesOf(Long spaceId) {
    return exceedances.findBySpaceIdOrderById(spaceId);
  }

  @Transactional(readOnly = true)
  public String describe(Long spaceId) {
    return describe(space(spaceId));
  }

  private static String describe(SecureSpace space) {
    return space.getOrganisation().getName() + " — " + usage(space) + " utilisés sur 3 Go (" + space.getLocation() + ")";
  }

  /** « 2,75 Go (92 %) » */
  private static String usage(SecureSpace space) {
    BigDecimal gigabytes = BigDecimal.valueOf(space.getUsedBytes() / GIB).setScale(2, RoundingMode.HALF_UP);
    BigDecimal percent = BigDecimal.valueOf(space.usedPercent()).setScale(0, RoundingMode.HALF_UP);
    return FrenchText.number(gigabytes) + FrenchText.SPACE + "Go (" + FrenchText.percent(percent) + ")";
  }

  private SecureSpace space(Long spaceId) {
    return spaces.findById(spaceId).orElseThrow(() -> new NotFound("Espace " + spaceId + " introuvable."));
  }
}
