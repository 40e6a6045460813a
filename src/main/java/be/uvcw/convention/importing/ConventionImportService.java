package be.uvcw.convention.importing;

import be.uvcw.convention.catalog.Tool;
import be.uvcw.convention.catalog.ToolRepository;
import be.uvcw.convention.convention.Convention;
import be.uvcw.convention.convention.ConventionDates;
import be.uvcw.convention.convention.ConventionRepository;
import be.uvcw.convention.convention.ConventionStatus;
import be.uvcw.convention.identity.AccountService;
import be.uvcw.convention.lifecycle.ConventionLifecycleProcess;
import be.uvcw.convention.lifecycle.ConventionRenewal;
import be.uvcw.convention.lifecycle.ConventionRenewalRepository;
import be.uvcw.convention.identity.EngineAsApplication;
import be.uvcw.convention.organisation.Address;
import be.uvcw.convention.organisation.Municipality;
import be.uvcw.convention.organisation.MunicipalityRepository;
import be.uvcw.convention.organisation.Organisation;
import be.uvcw.convention.organisation.OrganisationRepository;
import be.uvcw.convention.provisioning.ProvisioningService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports conventions signed on paper before the application. Each row is validated on its own;
 * a row with an error imports nothing, each valid row is imported in its own transaction (an
 * ACTIVE convention with computed dates, its space created or adopted with its Tools, the last
 * month invoiced outside the application, its lifecycle started). A row already imported
 * (same organisation and signature date) is skipped, so importing a sheet twice creates nothing twice.
 */
@Service
public class ConventionImportService {

  private final ToolRepository tools;
  private final MunicipalityRepository municipalities;
  private final OrganisationRepository organisations;
  private final ConventionRepository conventions;
  private final ConventionRenewalRepository renewals;
  private final ProvisioningService provisioning;
  private final AccountService accounts;
  private final ConventionLifecycleProcess lifecycle;
  private final Clock clock;
  private final EngineAsApplication engine;
  private final TransactionTemplate perRow;

  public ConventionImportService(ToolRepository tools, MunicipalityRepository municipalities,
      OrganisationRepository organisations, ConventionRepository conventions, ConventionRenewalRepository renewals,
      ProvisioningService provisioning,
      AccountService accounts, ConventionLifecycleProcess lifecycle, Clock clock, EngineAsApplication engine,
      PlatformTransactionManager transactions) {
    this.tools = tools;
    this.municipalities = municipalities;
    this.organisations = organisations;
    this.conventions = conventions;
    this.renewals = renewals;
    this.provisioning = provisioning;
    this.accounts = accounts;
    this.lifecycle = lifecycle;
    this.clock = clock;
    this.engine = engine;
    this.perRow = new TransactionTemplate(transactions);
    this.perRow.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** The caller's rights were checked by the controller; tenants and processes are created as the application. */
  public ImportReport importRows(List<RawRow> rows) {
    return engine.call(() -> importAll(rows));
  }

  private ImportReport importAll(List<RawRow> rows) {
    ImportReport report = new ImportReport();
    if (rows.isEmpty()) {
      report.errors().add(new ImportError(2, null, "la feuille ne contient aucune convention."));
      return report;
    }
    Set<String> knownTools = tools.findAll().stream().map(Tool::getCode).collect(Collectors.toSet());
    LocalDate today = LocalDate.now(clock);
    for (RawRow raw : rows) {
      ImportRowValidator.Result result = ImportRowValidator.validate(raw, knownTools, today);
      if (!result.errors().isEmpty()) {
        report.errors().addAll(result.errors());
        continue;
      }
      try {
        perRow.executeWithoutResult(status -> importRow(result.row(), today, report));
      } catch (RowRefused refused) {
        report.errors().add(refused.error);
      } catch (RuntimeException failure) {
        report.errors().add(new ImportError(raw.rowNumber(), null,
            "la ligne n'a pas pu être importée (" + failure.getMessage() + ") ; rien n'a été enregistré pour elle."));
      }
    }
    return report;
  }

  private void importRow(ImportRow row, LocalDate today, ImportReport report) {
    Organisation organisation = organisationFor(row);
    Optional<Convention> alreadyImported = conventions.findByOrganisationOrderByRequestedAtDesc(organisation).stream()
        .filter(c -> row.signatureDate().equals(c.getSignatureDate()))
        .filter(c -> c.getStatus() == ConventionStatus.ACTIVE || c.getStatus() == ConventionStatus.ENDED)
        .findFirst();
    if (alreadyImported.isPresent()) {
      report.skipped().add(new ImportReport.Skipped(row.rowNumber(), alreadyImported.get().getId(),
          "Ligne " + row.rowNumber() + " : la convention de " + organisation.getName() + " signée le "
              + row.signatureDate() + " est déjà enregistrée (convention " + alreadyImported.get().getId() + ")."));
      return;
    }
    conventions.findFirstByOrganisationAndStatusIn(organisation,
        List.of(ConventionStatus.UNDER_REVIEW, ConventionStatus.AWAITING_SIGNATURES, ConventionStatus.ACTIVE))
        .ifPresent(open -> {
          throw refused(row, ImportColumn.ENTERPRISE_NUMBER, organisation.getName() + " a déjà une convention en cours (convention "
              + open.getId() + ", « " + open.getStatus().label() + " »).");
        });
    Set<Tool> requested = new LinkedHashSet<>(tools.findByCodeIn(row.toolCodes()));
    Convention convention = new Convention(organisation, organisation.getBillingEmail(), requested, clock.instant());
    ConventionDates dates = ConventionDates.fromSignature(row.signatureDate());
    convention.activateImported(dates, today);
    convention.recordImport(clock.instant(), row.lastInvoicedMonth());
    convention = conventions.saveAndFlush(convention);
    for (LocalDate renewal : dates.renewalDates()) {
      if (!renewal.isAfter(today)) {
        renewals.save(new ConventionRenewal(convention.getId(), renewal, dates.termEndOn(renewal), clock.instant(),
            ConventionRenewal.Source.IMPORT));
      }
    }
    accounts.ensureTenant(organisation);
    provisionSpace(organisation, requested);
    // « Convention activée »: the lifecycle starts by its message; its first step asks for the CPAS
    // reduction correction of a commune's convention imported with months its CPAS was already invoiced for.
    lifecycle.start(convention.getId());
    report.created().add(new ImportReport.Created(row.rowNumber(), convention.getId(), organisation.getId(), organisation.getName()));
  }

  /** The organisation with that enterprise number, or a new one; its type and entity must match the row. */
  private Organisation organisationFor(ImportRow row) {
    Optional<Organisation> existing = organisations.findByEnterpriseNumber(row.enterpriseNumber());
    if (existing.isPresent()) {
      Organisation organisation = existing.get();
      if (organisation.getType() != row.type()) {
        throw refused(row, ImportColumn.TYPE, "l'organisation " + row.enterpriseNumber() + " est enregistrée comme "
            + organisation.getType() + ", pas " + row.type() + ".");
      }
      if (!organisation.getMunicipality().getName().equalsIgnoreCase(row.entity())) {
        throw refused(row, ImportColumn.ENTITY, "l'organisation " + row.enterpriseNumber() + " appartient à l'entité « "
            + organisation.getMunicipality().getName() + " ».");
      }
      return organisation;
    }
    for (Map.Entry<ImportColumn, String> required : List.of(
        Map.entry(ImportColumn.STREET, nullToEmpty(row.street())), Map.entry(ImportColumn.POSTAL_CODE, nullToEmpty(row.postalCode())),
        Map.entry(ImportColumn.CITY, nullToEmpty(row.city())), Map.entry(ImportColumn.BILLING_EMAIL, nullToEmpty(row.billingEmail())))) {
      if (required.getValue().isEmpty()) {
        throw refused(row, required.getKey(), "obligatoire pour une organisation qui n'existe pas encore.");
      }
    }
    Municipality municipality = municipalities.findByNameIgnoreCase(row.entity())
        .orElseGet(() -> municipalities.saveAndFlush(new Municipality(row.entity())));
    organisations.findByMunicipalityAndType(municipality, row.type()).ifPresent(other -> {
      throw refused(row, ImportColumn.ENTERPRISE_NUMBER, "l'entité « " + municipality.getName() + " » a déjà un(e) "
          + row.type() + " (" + other.getName() + ", " + other.getEnterpriseNumber() + ").");
    });
    return organisations.saveAndFlush(new Organisation(municipality, row.type(), row.name(), row.enterpriseNumber(),
        new Address(row.street(), row.postalCode(), row.city()), row.billingEmail()));
  }

  /** Creates the space on the Server or adopts the one already there, then installs each Tool (both idempotent). */
  private void provisionSpace(Organisation organisation, Set<Tool> requested) {
    provisioning.createSpace(organisation.getId());
    for (Tool tool : requested) {
      provisioning.installTool(organisation.getId(), tool.getCode());
    }
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }

  private static RowRefused refused(ImportRow row, ImportColumn column, String message) {
    return new RowRefused(new ImportError(row.rowNumber(), column.header(), message));
  }

  /** A row the database state refuses: its transaction is rolled back, the error reported. */
  private static final class RowRefused extends RuntimeException {
    private final ImportError error;

    RowRefused(ImportError error) {
      super(error.text());
      this.error = error;
    }
  }
}
