package be.uvcw.convention.quota;

import be.uvcw.convention.lifecycle.LifecycleException;
import be.uvcw.convention.notification.MailService;
import be.uvcw.convention.notification.MailTemplates;
import be.uvcw.convention.notification.UserMails;
import be.uvcw.convention.provisioning.ProvisioningService;
import be.uvcw.convention.provisioning.SecureSpace;
import be.uvcw.convention.provisioning.SecureSpaceRepository;
import be.uvcw.convention.provisioning.SpaceState;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Measures each space through the provisioning port and acts on quota crossings (art. 6.3). */
@Service
public class QuotaService {

  private static final double GIB = 1024.0 * 1024 * 1024;

  private final SecureSpaceRepository spaces;
  private final SpaceQuotaStateRepository states;
  private final ProvisioningService provisioning;
  private final UserMails userMails;
  private final MailService mails;
  private final MailTemplates templates;
  private final Clock clock;
  private final String unionMail;

  public QuotaService(SecureSpaceRepository spaces, SpaceQuotaStateRepository states, ProvisioningService provisioning,
      UserMails userMails, MailService mails, MailTemplates templates, Clock clock,
      @Value("${convention.lifecycle.union-mail:communesplone@uvcw.be}") String unionMail) {
    this.spaces = spaces;
    this.states = states;
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
            + "(art. 6.3), soit plus de 90 %. Pensez à supprimer les documents et anciennes versions inutiles ; "
            + "au-delà de 3 Go, l'Équipe de maintenance prendra contact avec vous.");
    mails.send(templates.mail("quota-union", unionMail, space.getOrganisation().getId(), Map.of(
        "organisation", space.getOrganisation().getName(), "location", space.getLocation(), "usage", usage)));
    states.findById(spaceId).ifPresent(SpaceQuotaState::warned);
  }

  @Transactional(readOnly = true)
  public String describe(Long spaceId) {
    SecureSpace space = space(spaceId);
    return space.getOrganisation().getName() + " — " + usage(space) + " utilisés sur 3 Go (" + space.getLocation() + ")";
  }

  private static String usage(SecureSpace space) {
    return String.format(Locale.FRENCH, "%.2f Go (%.0f %%)", space.getUsedBytes() / GIB, space.usedPercent());
  }

  private SecureSpace space(Long spaceId) {
    return spaces.findById(spaceId).orElseThrow(() -> new LifecycleException.NotFound("Espace " + spaceId + " introuvable."));
  }
}
