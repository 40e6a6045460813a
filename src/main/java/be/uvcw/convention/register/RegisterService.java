package be.uvcw.convention.register;

import be.uvcw.convention.catalog.Tool;
import be.uvcw.convention.catalog.ToolRepository;
import be.uvcw.convention.convention.Convention;
import be.uvcw.convention.convention.ConventionDates;
import be.uvcw.convention.convention.ConventionDocumentRepository;
import be.uvcw.convention.convention.ConventionNotFoundException;
import be.uvcw.convention.convention.ConventionRepository;
import be.uvcw.convention.convention.ConventionStatus;
import be.uvcw.convention.convention.ConventionTerms;
import be.uvcw.convention.identity.EngineAsApplication;
import be.uvcw.convention.lifecycle.ConventionLifecycleService;
import be.uvcw.convention.lifecycle.NonRenewalNotice;
import be.uvcw.convention.lifecycle.NonRenewalNoticeRepository;
import be.uvcw.convention.misuse.MisuseCaseService;
import be.uvcw.convention.notification.OutgoingMailRepository;
import be.uvcw.convention.organisation.EnterpriseNumber;
import be.uvcw.convention.organisation.Organisation;
import be.uvcw.convention.organisation.OrganisationType;
import be.uvcw.convention.organisation.Signatory;
import be.uvcw.convention.provisioning.ProvisioningService;
import be.uvcw.convention.provisioning.SpaceReport;
import be.uvcw.convention.register.RegisterViews.*;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the register, the dossiers, finance's list and the dashboard: one read model over the
 * capabilities' tables and the engine's runtime and history. It decides nothing about access:
 * the controller checks the reader first and says which sections to fill.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class RegisterService {

  static final String COCKPIT_INSTANCE = "/camunda/app/cockpit/default/#/process-instance/%s/runtime";
  static final String TASKLIST_TASK = "/camunda/app/tasklist/default/#/?task=%s";
  private static final int DASHBOARD_DAYS = 90;
  private static final int TASK_LIMIT = 5000;

  private final JdbcTemplate jdbc;
  private final ConventionRepository conventions;
  private final ConventionDocumentRepository documents;
  private final ProvisioningService provisioning;
  private final ConventionLifecycleService lifecycle;
  private final NonRenewalNoticeRepository notices;
  private final OutgoingMailRepository mails;
  private final MisuseCaseService misuse;
  private final ToolRepository tools;
  private final HistoryService history;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final RepositoryService repository;
  private final EngineAsApplication engine;
  private final Clock clock;

  // ---------------------------------------------------------------- register

  /**
   * The conventions, newest request first within each organisation; {@code tenants} null for the
   * whole register, else only those tenants'. {@code query} matches name, entity or enterprise number.
   */
  @Transactional(readOnly = true)
  public List<Row> rows(Collection<String> tenants, String query) {
    if (tenants != null && tenants.isEmpty()) {
      return List.of();
    }
    StringBuilder sql = new StringBuilder("""
        select c.id, c.status, c.signature_date, c.start_date, c.end_date, o.id as organisation_id, o.name, o.enterprise_number,
               o.type, m.name as entity
          from convention c join organisation o on o.id = c.organisation_id join municipality m on m.id = o.municipality_id
         where 1 = 1""");
    List<Object> args = new ArrayList<>();
    if (tenants != null) {
      sql.append(" and o.tenant_id in (").append(String.join(", ", tenants.stream().map(t -> "?").toList())).append(")");
      args.addAll(tenants);
    }
    if (query != null && !query.isBlank()) {
      String words = "%" + query.trim().toLowerCase(java.util.Locale.ROOT) + "%";
      String digits = query.replaceAll("\\D", "");
      sql.append(" and (lower(o.name) like ? or lower(m.name) like ?");
      args.add(words);
      args.add(words);
      if (digits.length() >= 3) {
        sql.append(" or o.enterprise_number like ?");
        args.add("%" + digits + "%");
      }
      sql.append(")");
    }
    sql.append(" order by o.name, c.requested_at desc");
    LocalDate today = today();
    return jdbc.query(sql.toString(), (rs, i) -> {
      ConventionStatus status = ConventionStatus.valueOf(rs.getString("status"));
      OrganisationType type = OrganisationType.valueOf(rs.getString("type"));
      Optional<NextDeadline> next = NextDeadline.of(status, date(rs, "signature_date"), date(rs, "start_date"),
          date(rs, "end_date"), today);
      return new Row(rs.getLong("id"), rs.getLong("organisation_id"), rs.getString("name"),
          EnterpriseNumber.parse(rs.getString("enterprise_number")).formatted(), rs.getString("entity"), type.name(), type.label(),
          status.name(), status.label(), date(rs, "start_date"), next.map(NextDeadline::date).orElse(null),
          next.map(NextDeadline::label).orElse(null));
    }, args.toArray());
  }

  @Transactional(readOnly = true)
  public String tenantOf(Long conventionId) {
    return load(conventionId).getOrganisation().getTenantId();
  }

  // ---------------------------------------------------------------- dossier

  @Transactional(readOnly = true)
  public Dossier dossier(Long conventionId, Sections sections) {
    Convention c = load(conventionId);
    Organisation o = c.getOrganisation();
    LocalDate today = today();
    Optional<NextDeadline> next = NextDeadline.of(c.getStatus(), c.getSignatureDate(), c.getStartDate(), c.getEndDate(), today);
    LocalDate noticeDeadline = c.getStatus() == ConventionStatus.ACTIVE && c.getEndDate() == null
        ? NextDeadline.noticeDeadline(c.getSignatureDate(), c.getStartDate(), today).orElse(null) : null;
    ConventionPart convention = new ConventionPart(c.getId(), c.getStatus().name(), c.getStatus().label(), c.getRequestedAt(),
        c.getRefusalReason(), c.getMonthlyFee(), c.getReductionPercent(), c.getSignatureDate(), c.getStartDate(),
        c.getCurrentTermEnd(), noticeDeadline, c.getLimitEnd(), c.getEndDate(), next.map(NextDeadline::date).orElse(null),
        next.map(NextDeadline::label).orElse(null),
        documents.existsById(conventionId) ? "/api/conventions/" + conventionId + "/document.docx" : null,
        sections.processes() ? c.getProcessInstanceId() : null);
    OrganisationPart organisation = new OrganisationPart(o.getId(), o.getName(), o.getType().name(), o.getType().label(),
        o.getEnterpriseNumber().formatted(), o.getMunicipality().getName(), o.getAddress().street(),
        o.getAddress().postalCode(), o.getAddress().city(), o.getBillingEmail(), o.getTenantId());
    List<Person> people = o.getSignatories().stream()
        .sorted(Comparator.comparing(s -> s.getRole().ordinal()))
        .map(s -> new Person(s.getRole().name(), s.getRole().label(), s.getFullName(), s.getEmail(),
            sections.actions() ? s.getUserId() : null))
        .toList();
    Optional<SpaceReport> report = provisioning.spaceOf(o.getId());
    SpacePart space = report.map(s -> new SpacePart(s.state().name(), s.stateLabel(), s.quotaBytes(), s.usedBytes(),
        s.usedPercent(), s.createdAt())).orElse(null);
    return new Dossier(convention, organisation, people, signatures(c, o), space, toolsOf(c, report),
        lifecycle.renewalsOf(conventionId).stream()
            .map(r -> new RenewalPart(r.getRenewalDate(), r.getTermEnd(), r.getSource().name())).toList(),
        notices.findByConventionIdOrderByRegisteredAt(conventionId).stream().map(RegisterService::notice).toList(),
        sections.billing() ? withPayments(invoices("i.organisation_id = ?", List.of(o.getId()))) : null,
        sections.mails() ? mails.findByOrganisationIdOrderByCreatedAtDesc(o.getId()).stream()
            .map(m -> new MailPart(m.getId(), m.getCreatedAt(), m.getRecipient(), m.getSubject(), m.getStatus().name())).toList()
            : null,
        sections.processes() ? misuse.casesOf(conventionId).stream()
            .map(m -> new MisusePart(m.getId(), m.getFacts(), m.getState().name(), m.isSuspended(), m.getOpenedAt())).toList()
            : null,
        sections.processes() ? timeline(c) : null,
        sections.processes() ? openTasks(o.getTenantId()) : null,
        sections.actions() ? tools.findAll().stream().sorted(Comparator.comparing(Tool::getName))
            .map(t -> new ToolPart(t.getCode(), t.getName(), null, t.getCurrentVersion(), t.getUserGuideUrl(), false)).toList()
            : null,
        sections);
  }

  /** The signatory's own open tasks in that tenant (they see no one else's work). */
  public List<TaskPart> tasksOf(String userId, String tenantId) {
    return engine.call(() -> tasks.createTaskQuery().tenantIdIn(tenantId).taskAssignee(userId).active()
        .orderByTaskCreateTime().asc().list()).stream().map(this::task).toList();
  }

  private List<SignaturePart> signatures(Convention c, Organisation o) {
    return List.of(
        new SignaturePart(o.getType().firstSignatory().label(),
            o.signatory(o.getType().firstSignatory()).map(Signatory::getFullName).orElse(null),
            c.getPresidentSignedOn(), c.getPresidentSignedPlace()),
        new SignaturePart(o.getType().secondSignatory().label(),
            o.signatory(o.getType().secondSignatory()).map(Signatory::getFullName).orElse(null),
            c.getSecretarySignedOn(), c.getSecretarySignedPlace()),
        new SignaturePart("Union (" + ConventionTerms.UNION_SIGNATORY_TITLE + ")", c.getUnionSignatoryName(),
            c.getUnionSignedOn(), c.getUnionSignedPlace()));
  }

  /** The Tools asked for in the convention and those installed since (Tool requests), with their versions. */
  private static List<ToolPart> toolsOf(Convention c, Optional<SpaceReport> report) {
    Map<String, ToolPart> byCode = new LinkedHashMap<>();
    for (Tool t : c.getRequestedTools()) {
      byCode.put(t.getCode(), new ToolPart(t.getCode(), t.getName(), null, t.getCurrentVersion(), t.getUserGuideUrl(), true));
    }
    report.ifPresent(s -> s.installations().forEach(i -> {
      ToolPart asked = byCode.get(i.toolCode());
      byCode.put(i.toolCode(), new ToolPart(i.toolCode(), i.toolName(), i.version(), i.catalogVersion(), i.userGuideUrl(),
          asked != null && asked.requested()));
    }));
    return List.copyOf(byCode.values());
  }

  private static NoticePart notice(NonRenewalNotice n) {
    String scanUrl = n.getScanFileName() == null ? null
        : "/api/register/conventions/" + n.getConventionId() + "/notices/" + n.getId() + "/scan";
    return new NoticePart(n.getId(), n.getReceivedOn(), n.getLetterDate(), n.getReference(), n.getOutcome().name(),
        n.getOutcome() == NonRenewalNotice.Outcome.ACCEPTED ? "Acceptée" : "Refusée (tardive)", n.getRenewalDate(),
        n.getDeadline(), n.getEndDate(), n.getReason(), n.getScanFileName(), scanUrl, n.getRegisteredBy(), n.getRegisteredAt());
  }

  /** The scan of a registered letter: file name, content type, bytes. */
  @Transactional(readOnly = true)
  public Optional<NonRenewalNotice> noticeOf(Long conventionId, Long noticeId) {
    return notices.findById(noticeId).filter(n -> n.getConventionId().equals(conventionId) && n.getScan() != null);
  }

  /**
   * Every process instance of the convention, running or finished: those in the organisation's
   * tenant, and those without one that name the convention (letters and misuse cases started from Tasklist).
   */
  private List<ProcessPart> timeline(Convention c) {
    Long conventionId = c.getId();
    String tenant = c.getOrganisation().getTenantId();
    List<HistoricProcessInstance> instances = engine.call(() -> {
      List<HistoricProcessInstance> found = new ArrayList<>(history.createHistoricProcessInstanceQuery().tenantIdIn(tenant).list());
      found.addAll(history.createHistoricProcessInstanceQuery().withoutTenantId().variableValueEquals("conventionId", conventionId).list());
      if (c.getProcessInstanceId() != null) {
        found.addAll(history.createHistoricProcessInstanceQuery().processInstanceId(c.getProcessInstanceId()).list());
      }
      return found;
    });
    Map<String, HistoricProcessInstance> unique = new LinkedHashMap<>();
    instances.forEach(i -> unique.putIfAbsent(i.getId(), i));
    return unique.values().stream()
        .sorted(Comparator.comparing(HistoricProcessInstance::getStartTime).reversed())
        .map(i -> {
          boolean running = i.getEndTime() == null;
          return new ProcessPart(i.getId(), i.getProcessDefinitionKey(), processName(i.getProcessDefinitionId()),
              i.getBusinessKey(), i.getStartTime().toInstant(), i.getEndTime() == null ? null : i.getEndTime().toInstant(),
              i.getState(), stateLabel(i.getState()), running ? COCKPIT_INSTANCE.formatted(i.getId()) : null);
        })
        .toList();
  }

  private static String stateLabel(String state) {
    return switch (state == null ? "" : state) {
      case "ACTIVE" -> "En cours";
      case "SUSPENDED" -> "Suspendue";
      case "COMPLETED" -> "Terminée";
      case "EXTERNALLY_TERMINATED" -> "Annulée";
      case "INTERNALLY_TERMINATED" -> "Interrompue";
      default -> state;
    };
  }

  private List<TaskPart> openTasks(String tenant) {
    return engine.call(() -> tasks.createTaskQuery().tenantIdIn(tenant).active().orderByTaskCreateTime().asc().list())
        .stream().map(this::task).toList();
  }

  private TaskPart task(Task t) {
    return new TaskPart(t.getId(), t.getName(), t.getProcessDefinitionId() == null ? null : processName(t.getProcessDefinitionId()),
        t.getAssignee(), t.getCreateTime().toInstant(), t.getDueDate() == null ? null : t.getDueDate().toInstant(),
        TASKLIST_TASK.formatted(t.getId()));
  }

  private final Map<String, ProcessDefinition> definitions = new java.util.concurrent.ConcurrentHashMap<>();

  private ProcessDefinition definition(String definitionId) {
    return definitions.computeIfAbsent(definitionId, id -> engine.call(() -> repository.getProcessDefinition(id)));
  }

  private String processName(String definitionId) {
    ProcessDefinition d = definition(definitionId);
    return d.getName() != null ? d.getName() : d.getKey();
  }

  // ---------------------------------------------------------------- billing

  /**
   * Issued invoices and credit notes whose issue date falls in [from, to], optionally of one kind
   * ("FACTURE", "NOTE_DE_CREDIT"), matching an organisation or number, or only those still owed.
   */
  @Transactional(readOnly = true)
  public Billing billing(LocalDate from, LocalDate to, String kind, String query, boolean unpaidOnly) {
    StringBuilder where = new StringBuilder("1 = 1");
    List<Object> args = new ArrayList<>();
    if (from != null) {
      where.append(" and %1$s.issue_date >= ?");
      args.add(Date.valueOf(from));
    }
    if (to != null) {
      where.append(" and %1$s.issue_date <= ?");
      args.add(Date.valueOf(to));
    }
    if (query != null && !query.isBlank()) {
      where.append(" and (lower(i.customer_name) like ? or lower(%1$s.number) like ?)");
      String like = "%" + query.trim().toLowerCase(java.util.Locale.ROOT) + "%";
      args.add(like);
      args.add(like);
    }
    List<InvoicePart> documents = new ArrayList<>();
    if (kind == null || kind.isBlank() || kind.equals("FACTURE")) {
      String invoiceWhere = where.toString().formatted("i") + (unpaidOnly ? " and b.outstanding > 0" : "");
      documents.addAll(invoices(invoiceWhere, args));
    }
    if (!unpaidOnly && (kind == null || kind.isBlank() || kind.equals("NOTE_DE_CREDIT"))) {
      documents.addAll(creditNotes(where.toString().formatted("n"), args));
    }
    documents.sort(Comparator.comparing(InvoicePart::issueDate).thenComparing(InvoicePart::number));
    return new Billing(documents, totals(documents));
  }

  static Totals totals(List<InvoicePart> documents) {
    List<InvoicePart> invoices = documents.stream().filter(d -> d.kind().equals("FACTURE")).toList();
    List<InvoicePart> notes = documents.stream().filter(d -> d.kind().equals("NOTE_DE_CREDIT")).toList();
    BigDecimal invoicedIncl = sum(invoices, InvoicePart::totalInclVat);
    BigDecimal creditedIncl = sum(notes, InvoicePart::totalInclVat);
    return new Totals(invoices.size(), sum(invoices, InvoicePart::totalExclVat), sum(invoices, InvoicePart::vatAmount), invoicedIncl,
        notes.size(), sum(notes, InvoicePart::totalExclVat), sum(notes, InvoicePart::vatAmount), creditedIncl,
        invoicedIncl.subtract(creditedIncl), sum(invoices, InvoicePart::paid), sum(invoices, InvoicePart::outstanding));
  }

  private static BigDecimal sum(List<InvoicePart> parts, Function<InvoicePart, BigDecimal> amount) {
    return parts.stream().map(amount).filter(java.util.Objects::nonNull).reduce(new BigDecimal("0.00"), BigDecimal::add);
  }

  private List<InvoicePart> invoices(String where, List<Object> args) {
    return jdbc.query("""
        select i.number, i.state, i.organisation_id, i.customer_name, i.issue_date, i.due_date, i.period_start, i.period_end,
               i.total_excl_vat, i.vat_amount, i.total_incl_vat, b.credited, b.paid, b.outstanding
          from invoice i join invoice_balance b on b.invoice_id = i.id
         where i.state <> 'DRAFT'""" + " and " + where + " order by i.issue_date, i.number",
        (rs, n) -> {
          String number = rs.getString("number");
          return new InvoicePart("FACTURE", number, rs.getString("state"), rs.getLong("organisation_id"), rs.getString("customer_name"),
              date(rs, "issue_date"), date(rs, "due_date"), date(rs, "period_start"), date(rs, "period_end"),
              rs.getBigDecimal("total_excl_vat"), rs.getBigDecimal("vat_amount"), rs.getBigDecimal("total_incl_vat"),
              rs.getBigDecimal("credited"), rs.getBigDecimal("paid"), rs.getBigDecimal("outstanding"), null, null,
              "/api/invoices/" + number + ".pdf", "/api/invoices/" + number + ".xml", List.of());
        }, args.toArray());
  }

  private List<InvoicePart> creditNotes(String where, List<Object> args) {
    return jdbc.query("""
        select n.number, n.state, i.organisation_id, i.customer_name, n.issue_date, n.total_excl_vat, n.vat_amount,
               n.total_incl_vat, i.number as invoice_number, n.reason
          from credit_note n join invoice i on i.id = n.invoice_id
        """ + " where " + where + " order by n.issue_date, n.number",
        (rs, n) -> {
          String number = rs.getString("number");
          return new InvoicePart("NOTE_DE_CREDIT", number, rs.getString("state"), rs.getLong("organisation_id"),
              rs.getString("customer_name"), date(rs, "issue_date"), null, null, null, rs.getBigDecimal("total_excl_vat"),
              rs.getBigDecimal("vat_amount"), rs.getBigDecimal("total_incl_vat"), null, null, null,
              rs.getString("invoice_number"), rs.getString("reason"),
              "/api/credit-notes/" + number + ".pdf", "/api/credit-notes/" + number + ".xml", List.of());
        }, args.toArray());
  }

  /** An organisation's invoices with their credit notes after each and the payments allocated to them. */
  private List<InvoicePart> withPayments(List<InvoicePart> invoices) {
    if (invoices.isEmpty()) {
      return invoices;
    }
    Long organisationId = invoices.get(0).organisationId();
    Map<String, List<PaymentPart>> payments = new HashMap<>();
    jdbc.query("""
        select i.number, c.booking_date, a.amount, a.method
          from payment_allocation a join bank_credit c on c.id = a.bank_credit_id join invoice i on i.id = a.invoice_id
         where a.undone_at is null and i.organisation_id = ? order by c.booking_date""",
        (ResultSet rs) -> {
          payments.computeIfAbsent(rs.getString("number"), k -> new ArrayList<>())
              .add(new PaymentPart(date(rs, "booking_date"), rs.getBigDecimal("amount"), rs.getString("method")));
        }, organisationId);
    Map<String, List<InvoicePart>> notesByInvoice = creditNotes("i.organisation_id = ?", List.of(organisationId)).stream()
        .collect(Collectors.groupingBy(InvoicePart::invoiceNumber));
    List<InvoicePart> all = new ArrayList<>();
    for (InvoicePart i : invoices) {
      all.add(new InvoicePart(i.kind(), i.number(), i.state(), i.organisationId(), i.organisationName(), i.issueDate(), i.dueDate(),
          i.periodStart(), i.periodEnd(), i.totalExclVat(), i.vatAmount(), i.totalInclVat(), i.credited(), i.paid(), i.outstanding(),
          null, null, i.pdfUrl(), i.xmlUrl(), payments.getOrDefault(i.number(), List.of())));
      all.addAll(notesByInvoice.getOrDefault(i.number(), List.of()));
    }
    return all;
  }

  // ---------------------------------------------------------------- dashboard

  @Transactional(readOnly = true)
  public Dashboard dashboard() {
    LocalDate today = today();
    LocalDate horizon = today.plusDays(DASHBOARD_DAYS);
    Map<String, String> organisationsByTenant = new HashMap<>();
    jdbc.query("select tenant_id, name from organisation", (ResultSet rs) -> {
      organisationsByTenant.put(rs.getString(1), rs.getString(2));
    });
    List<Task> open = engine.call(() -> tasks.createTaskQuery().active().orderByTaskCreateTime().asc().listPage(0, TASK_LIMIT));
    Map<String, List<Task>> bySteps = open.stream().filter(t -> t.getProcessDefinitionId() != null)
        .collect(Collectors.groupingBy(t -> t.getProcessDefinitionId() + "|" + t.getTaskDefinitionKey(), LinkedHashMap::new,
            Collectors.toList()));
    List<StepCount> steps = bySteps.values().stream().map(group -> {
      Task first = group.get(0);
      ProcessDefinition d = definition(first.getProcessDefinitionId());
      return new StepCount(d.getKey(), d.getName() != null ? d.getName() : d.getKey(), first.getTaskDefinitionKey(), first.getName(),
          group.size(), first.getCreateTime().toInstant(), TASKLIST_TASK.formatted(first.getId()));
    }).collect(Collectors.toMap(s -> s.processKey() + "|" + s.taskKey(), s -> s, RegisterService::merge, LinkedHashMap::new))
        .values().stream().sorted(Comparator.comparing(StepCount::processName).thenComparing(StepCount::taskName)).toList();

    List<Deadline> deadlines = new ArrayList<>(conventionDeadlines(today, horizon));
    for (Task t : open) {
      if (t.getDueDate() != null) {
        LocalDate due = t.getDueDate().toInstant().atZone(clock.getZone()).toLocalDate();
        if (!due.isAfter(horizon)) {
          deadlines.add(new Deadline(due, "Échéance de la tâche « " + t.getName() + " »", null,
              organisationsByTenant.get(t.getTenantId()), TASKLIST_TASK.formatted(t.getId())));
        }
      }
    }
    deadlines.sort(Comparator.comparing(Deadline::date));

    List<Incident> incidents = engine.call(() -> runtime.createIncidentQuery().orderByIncidentTimestamp().desc().list());
    Map<String, Long> conventionsByTenant = new HashMap<>();
    jdbc.query("""
        select o.tenant_id, max(c.id) from convention c join organisation o on o.id = c.organisation_id group by o.tenant_id""",
        (ResultSet rs) -> {
          conventionsByTenant.put(rs.getString(1), rs.getLong(2));
        });
    List<IncidentPart> incidentParts = incidents.stream().map(i -> new IncidentPart(i.getId(),
        i.getProcessDefinitionId() == null ? null : processName(i.getProcessDefinitionId()), i.getActivityId(),
        i.getIncidentMessage(), i.getIncidentTimestamp().toInstant(), organisationsByTenant.get(i.getTenantId()),
        conventionsByTenant.get(i.getTenantId()),
        i.getProcessInstanceId() == null ? null : COCKPIT_INSTANCE.formatted(i.getProcessInstanceId()))).toList();

    List<InvoicePart> unpaid = invoices("b.outstanding > 0 and i.due_date < ?", List.of(Date.valueOf(today)));
    return new Dashboard(today, horizon, steps, deadlines, incidentParts, unpaid, sum(unpaid, InvoicePart::outstanding));
  }

  private static StepCount merge(StepCount a, StepCount b) {
    StepCount older = a.oldest().isAfter(b.oldest()) ? b : a;
    return new StepCount(a.processKey(), a.processName(), a.taskKey(), a.taskName(), a.count() + b.count(), older.oldest(),
        older.tasklistUrl());
  }

  /** Notice deadlines, renewals, ends and 48-month limits of the conventions in force, from today to the horizon. */
  private List<Deadline> conventionDeadlines(LocalDate today, LocalDate horizon) {
    List<Deadline> found = new ArrayList<>();
    jdbc.query("""
        select c.id, c.signature_date, c.start_date, c.end_date, o.name
          from convention c join organisation o on o.id = c.organisation_id
         where c.status = 'ACTIVE' and c.signature_date is not null""", (ResultSet rs) -> {
      ConventionDates dates = new ConventionDates(date(rs, "signature_date"), date(rs, "start_date"));
      LocalDate end = date(rs, "end_date");
      long id = rs.getLong("id");
      String name = rs.getString("name");
      java.util.function.BiConsumer<LocalDate, String> add = (day, label) -> {
        if (!day.isBefore(today) && !day.isAfter(horizon)) {
          found.add(new Deadline(day, label, id, name, null));
        }
      };
      if (end != null) {
        add.accept(end, NextDeadline.Kind.END.label());
        return;
      }
      for (LocalDate renewal : dates.renewalDates()) {
        add.accept(ConventionDates.noticeDeadline(renewal), NextDeadline.Kind.NOTICE_DEADLINE.label());
        add.accept(renewal, NextDeadline.Kind.RENEWAL.label());
      }
      add.accept(dates.limitEnd(), NextDeadline.Kind.LIMIT.label());
    });
    return found;
  }

  // ---------------------------------------------------------------- helpers

  private Convention load(Long conventionId) {
    return conventions.findById(conventionId).orElseThrow(() -> new ConventionNotFoundException(conventionId));
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private static LocalDate date(ResultSet rs, String column) throws SQLException {
    Date value = rs.getDate(column);
    return value == null ? null : value.toLocalDate();
  }
}
