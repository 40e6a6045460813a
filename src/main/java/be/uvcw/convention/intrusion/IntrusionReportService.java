package be.uvcw.convention.intrusion;

import be.uvcw.convention.notification.Formats;
import be.uvcw.convention.error.BadInput;
import be.uvcw.convention.error.NotFound;
import be.uvcw.convention.notification.UserMails;
import be.uvcw.convention.organisation.Organisation;
import be.uvcw.convention.organisation.OrganisationRepository;
import be.uvcw.convention.organisation.SignatoryRepository;
import be.uvcw.convention.platform.french.FrenchText;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Art. 6.8: intrusion attempts reported, triaged by the maintenance team within a deadline, escalated by timer. */
@Service
@RequiredArgsConstructor
public class IntrusionReportService {

  public static final String PROCESS_KEY = IntrusionReportProcess.KEY;

  private final IntrusionReportRepository reports;
  private final OrganisationRepository organisations;
  private final SignatoryRepository signatories;
  private final TriageDeadlines deadlines;
  private final UserMails userMails;
  private final IntrusionReportProcess process;
  private final Clock clock;

  /** REST path: records the report and starts its triage in the organisation's tenant. */
  @Transactional
  public IntrusionReport reportAndFollowUp(Long organisationId, LocalDate observedOn, String description,
      IntrusionSeverity reportedSeverity, String reportedBy) {
    IntrusionReport report = report(organisationId, observedOn, description, reportedSeverity, reportedBy);
    Organisation organisation = organisations.getReferenceById(organisationId);
    Map<String, Object> variables = new HashMap<>();
    IntrusionReportVariables.INTRUSION_REPORT_ID.putIn(variables, report.getId());
    IntrusionReportVariables.ORGANISATION_ID.putIn(variables, organisationId);
    IntrusionReportVariables.TENANT_ID.putIn(variables, organisation.getTenantId());
    IntrusionReportVariables.REPORTED_BY.putIn(variables, reportedBy);
    IntrusionReportVariables.TRIAGE_DEADLINE_TIMER.putIn(variables, timer(report));
    IntrusionReportVariables.DESCRIPTION.putIn(variables, report.getDescription());
    IntrusionReportVariables.REPORTED_SEVERITY.putIn(variables, report.getReportedSeverity().name());
    process.start(report.getId(), variables);
    return report;
  }

  @Transactional
  public IntrusionReport report(Long organisationId, LocalDate observedOn, String description,
      IntrusionSeverity reportedSeverity, String reportedBy) {
    if (organisationId == null || !organisations.existsById(organisationId)) {
      throw new NotFound("Organisation " + organisationId + " introuvable.");
    }
    if (observedOn == null) {
      throw new BadInput("La date de la tentative d'intrusion est obligatoire.");
    }
    if (observedOn.isAfter(LocalDate.now(clock))) {
      throw new BadInput("La date de la tentative (" + FrenchText.date(observedOn) + ") ne peut pas être dans le futur.");
    }
    if (description == null || description.isBlank()) {
      throw new BadInput("La description de la tentative d'intrusion est obligatoire.");
    }
    if (description.length() > 4000) {
      throw new BadInput("La description compte au plus 4000 caractères.");
    }
    var now = clock.instant();
    return reports.saveAndFlush(new IntrusionReport(organisationId, reportedBy, now, observedOn, description.trim(),
        reportedSeverity, deadlines.deadline(reportedSeverity, now)));
  }

  /** Tasklist path: a signatory reports for their own organisation; Union staff name it by enterprise number. */
  @Transactional(readOnly = true)
  public Long organisationOfReporter(String reportedBy, String enterpriseNumber) {
    if (enterpriseNumber != null && !enterpriseNumber.isBlank()) {
      var number = be.uvcw.convention.organisation.EnterpriseNumber.parse(enterpriseNumber);
      return organisations.findByEnterpriseNumber(number)
          .orElseThrow(() -> new NotFound("Aucune organisation n'a le numéro d'entreprise " + number + "."))
          .getId();
    }
    return signatories.findByUserId(reportedBy)
        .map(s -> s.getOrganisation().getId())
        .orElseThrow(() -> new BadInput(
            "Indiquez le numéro d'entreprise de l'organisation concernée par la tentative d'intrusion."));
  }

  @Transactional
  public void attachProcess(Long reportId, String processInstanceId) {
    report(reportId).attachProcess(processInstanceId);
  }

  /** The deadline passed before the triage: recorded, and management gets a task. */
  @Transactional
  public void escalate(Long reportId) {
    IntrusionReport report = report(reportId);
    report.escalate(clock.instant());
  }

  /** Triage done: severity, actions taken, closure; the reporter's organisation is told. */
  @Transactional
  public void close(Long reportId, IntrusionSeverity severity, String actions, String closureNote, String closedBy) {
    if (actions == null || actions.isBlank()) {
      throw new BadInput("Les actions entreprises sont obligatoires.");
    }
    IntrusionReport report = report(reportId);
    if (report.getClosedAt() != null) {
      return;
    }
    report.close(severity, actions.trim(), closureNote == null ? null : closureNote.trim(), closedBy, clock.instant());
    Organisation organisation = organisations.getReferenceById(report.getOrganisationId());
    userMails.tell(organisation, "Votre signalement de tentative d'intrusion a été traité",
        "Le signalement du " + FrenchText.date(report.getObservedOn()) + " a été examiné par l'Équipe de maintenance.\n"
            + "Gravité retenue : " + severity.label() + ".\nActions entreprises : " + report.getActions()
            + (report.getClosureNote() == null || report.getClosureNote().isBlank() ? "" : "\nConclusion : " + report.getClosureNote()));
  }

  /** The instant the maintenance team's triage is due, as the boundary timer's timeDate. */
  public String timer(IntrusionReport report) {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(report.getTriageDeadline().atZone(Formats.BRUSSELS));
  }

  @Transactional(readOnly = true)
  public IntrusionReport report(Long reportId) {
    return reports.findById(reportId)
        .orElseThrow(() -> new NotFound("Signalement " + reportId + " introuvable."));
  }
}
