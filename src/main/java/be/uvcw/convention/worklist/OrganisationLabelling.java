package be.uvcw.convention.worklist;

import be.uvcw.convention.organisation.Organisation;
import be.uvcw.convention.organisation.OrganisationRepository;
import be.uvcw.convention.platform.process.CommonVariables;
import java.util.Optional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Gives every organisation-scoped process an « organisationName » variable (Tasklist's filters and
 * search read it), and every one of its tasks the organisation in its name. The organisation is found
 * from the process's own record: the « organisationName » or « organisationId » variable set at its
 * start or by its first delegate, else its tenant. Business keys are not touched: each process's
 * adapter sets its own, {@code <subject>-<id>} (platform.BusinessKeys, docs/decisions.md).
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class OrganisationLabelling {

  static final String ORGANISATION_NAME = CommonVariables.ORGANISATION_NAME.name();
  static final String ORGANISATION_ID = CommonVariables.ORGANISATION_ID.name();

  private final ObjectProvider<OrganisationRepository> organisations;

  /** At the start of a process instance and at each task: the variable, once known. */
  void label(DelegateExecution execution) {
    organisationName(execution).ifPresent(name -> {
      DelegateExecution instance = execution.getProcessInstance();
      if (!(instance.getVariable(ORGANISATION_NAME) instanceof String)) {
        instance.setVariable(ORGANISATION_NAME, name);
      }
    });
  }

  /** A new task: « Vérifier la demande — CPAS de Gembloux »; a signature task with the signatory's role. */
  void name(DelegateTask task, String roleVariable) {
    DelegateExecution execution = task.getExecution();
    if (execution == null) {
      return;
    }
    label(execution);
    String name = task.getName();
    if (roleVariable != null && execution.getVariable(roleVariable) instanceof String role) {
      name = WorkLabels.withRole(name, role);
    }
    String organisation = organisationName(execution).orElse(null);
    task.setName(WorkLabels.taskName(name, organisation));
  }

  private Optional<String> organisationName(DelegateExecution execution) {
    if (execution.getVariable(ORGANISATION_NAME) instanceof String name && !name.isBlank()) {
      return Optional.of(name.trim());
    }
    OrganisationRepository repository = organisations.getIfAvailable();
    if (repository == null) {
      return Optional.empty();
    }
    if (execution.getVariable(ORGANISATION_ID) instanceof Number id) {
      Optional<String> byId = repository.findById(id.longValue()).map(Organisation::getName);
      if (byId.isPresent()) {
        return byId;
      }
    }
    String tenant = execution.getTenantId();
    return tenant == null ? Optional.empty() : repository.findByTenantId(tenant).map(Organisation::getName);
  }
}
