package be.uvcw.convention.lifecycle;

import be.uvcw.convention.error.NotFound;
import be.uvcw.convention.billing.CreditNoteService;
import be.uvcw.convention.billing.InvoiceSender;
import be.uvcw.convention.convention.Convention;
import be.uvcw.convention.convention.ConventionRepository;
import be.uvcw.convention.convention.ConventionStatus;
import be.uvcw.convention.notification.UserMails;
import be.uvcw.convention.platform.french.FrenchText;
import be.uvcw.convention.provisioning.ServerAccess;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The life of an active convention (art. 8): tacit renewals, the 48-month limit, the end and the
 * deprovisioning of its space. Called by the convention-lifecycle process's delegates; the process
 * itself is started and correlated by {@link ConventionLifecycleProcess}.
 */
@Service
public class ConventionLifecycleService {

  private final ConventionRepository conventions;
  private final ConventionRenewalRepository renewals;
  private final ServerAccess serverAccess;
  private final UserMails userMails;
  private final Clock clock;
  private final Period retention;
  private final CreditNoteService creditNotes;
  private final InvoiceSender invoiceSender;

  public ConventionLifecycleService(ConventionRepository conventions, ConventionRenewalRepository renewals,
      ServerAccess serverAccess, UserMails userMails, Clock clock,
      @Value("${convention.lifecycle.retention:P90D}") Period retention, CreditNoteService creditNotes,
      InvoiceSender invoiceSender) {
    this.conventions = conventions;
    this.renewals = renewals;
    this.serverAccess = serverAccess;
    this.userMails = userMails;
    this.clock = clock;
    this.retention = retention;
    this.creditNotes = creditNotes;
    this.invoiceSender = invoiceSender;
  }

  /** The next dates the lifecycle waits for, from today. */
  @Transactional(readOnly = true)
  public LifecycleSchedule schedule(Long conventionId) {
    return LifecycleSchedule.of(convention(conventionId).dates(), today());
  }

  /** Just after the notice deadline: no non-renewal was accepted, so the User is told it renews. */
  @Transactional
  public void announceRenewal(Long conventionId, LocalDate renewalDate) {
    Convention convention = convention(conventionId);
    if (convention.getEndDate() != null) {
      return;
    }
    LocalDate nextTermEnd = convention.dates().termEndOn(renewalDate);
    userMails.tell(convention.getOrganisation(), "Reconduction tacite de votre convention d'accès",
        "Aucune demande de non-reconduction ne nous est parvenue dans le délai : votre convention d'accès au Serveur "
            + "CommunesPlone sera tacitement reconduite le " + FrenchText.date(renewalDate) + ", jusqu'au "
            + FrenchText.date(nextTermEnd) + " (art. 8 de la convention).");
  }

  /** The renewal date has come: the term runs one more year, recorded once per renewal date. */
  @Transactional
  public void renew(Long conventionId, LocalDate renewalDate) {
    Convention convention = convention(conventionId);
    if (renewals.existsByConventionIdAndRenewalDate(conventionId, renewalDate)) {
      return;
    }
    convention.renewTerm(renewalDate);
    renewals.save(new ConventionRenewal(conventionId, renewalDate, convention.getCurrentTermEnd(), clock.instant(),
        ConventionRenewal.Source.TIMER));
  }

  /** Three months before the 48-month limit: the User must sign a new convention to keep access. */
  @Transactional
  public void warnLimitApproaching(Long conventionId) {
    Convention convention = convention(conventionId);
    userMails.tell(convention.getOrganisation(), "Votre convention d'accès arrive à son terme",
        "Votre convention d'accès au Serveur CommunesPlone atteindra sa durée maximale de 48 mois le "
            + FrenchText.date(convention.getLimitEnd()) + " et ne pourra plus être reconduite (art. 8). "
            + "Pour conserver l'accès à vos Outils au-delà de cette date, une nouvelle convention doit être signée : "
            + "l'Union prendra contact avec vous pour vous la proposer.");
  }

  /** After the end date: the convention is ENDED (billing stops at its endDate). Returns the retention period. */
  @Transactional
  public String recordEnd(Long conventionId) {
    Convention convention = convention(conventionId);
    if (convention.getStatus() == ConventionStatus.ACTIVE) {
      convention.markEnded();
    }
    return retention.toString();
  }

  /**
   * Months invoiced past the end date are credited (one credit note per invoice concerned):
   * every month from the first one starting after the end up to the 48-month limit is offered to
   * billing, which credits those it finds invoiced and ignores the others. Repeating it credits nothing twice.
   */
  @Transactional
  public List<String> creditMonthsPastEnd(Long conventionId) {
    Convention convention = convention(conventionId);
    if (convention.getEndDate() == null) {
      return List.of();
    }
    List<YearMonth> pastEnd = new ArrayList<>();
    // A month is billed when in force on its first day: those starting after the end are owed back.
    for (YearMonth month = YearMonth.from(convention.getEndDate()).plusMonths(1);
        !month.atDay(1).isAfter(convention.getLimitEnd()); month = month.plusMonths(1)) {
      pastEnd.add(month);
    }
    if (pastEnd.isEmpty()) {
      return List.of();
    }
    return creditNotes.creditMonths(conventionId, pastEnd, "Fin de la convention au " + FrenchText.date(convention.getEndDate())
        + " : mois facturés au-delà de la fin (art. 8).");
  }

  /** Each credit note goes to the User (sending is idempotent). */
  public void sendCreditNotes(List<String> numbers) {
    numbers.forEach(invoiceSender::sendCreditNote);
  }

  @Transactional
  public void freezeSpace(Long conventionId) {
    serverAccess.freezeReadOnly(convention(conventionId).getOrganisation().getId());
  }

  @Transactional
  public void tellEnded(Long conventionId) {
    Convention convention = convention(conventionId);
    LocalDate deletion = today().plus(retention);
    userMails.tell(convention.getOrganisation(), "Fin de votre convention d'accès",
        "Votre convention d'accès au Serveur CommunesPlone a pris fin le " + FrenchText.date(convention.getEndDate())
            + ". Votre espace sécurisé est désormais en lecture seule : vous pouvez encore consulter et récupérer vos "
            + "données jusqu'au " + FrenchText.date(deletion) + ", date à laquelle l'espace et ses Outils seront supprimés. "
            + "Aucune facture ne sera plus émise pour cette convention.");
  }

  @Transactional
  public void deleteSpace(Long conventionId) {
    serverAccess.delete(convention(conventionId).getOrganisation().getId());
  }

  @Transactional(readOnly = true)
  public List<ConventionRenewal> renewalsOf(Long conventionId) {
    return renewals.findByConventionIdOrderByRenewalDate(conventionId);
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private Convention convention(Long conventionId) {
    return conventions.findById(conventionId)
        .orElseThrow(() -> new NotFound("Convention " + conventionId + " introuvable."));
  }
}
