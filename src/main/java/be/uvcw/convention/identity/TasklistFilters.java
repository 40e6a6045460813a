package be.uvcw.convention.identity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;

/**
 * Ready-made Tasklist filters, one set per role, so that nobody starts from an empty Tasklist.
 * A filter is found by its name: its query and properties are refreshed at each start.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class TasklistFilters {

  record Definition(String name, String description, int priority, String color,
      Function<TaskQuery, TaskQuery> query, List<String> readers) {}

  static final List<String> UNION_TEAMS = List.of(Groups.UNION_STAFF, Groups.UNION_MANAGEMENT, Groups.FINANCE, Groups.MAINTENANCE);

  static final List<Definition> DEFINITIONS = List.of(
      new Definition("Mes signatures en attente",
          "Les conventions et documents qui attendent votre signature.", -10, "#0b6e4f",
          q -> q.taskAssigneeExpression("${currentUser()}"), List.of(Groups.SIGNATORIES)),
      new Definition("Mes tâches",
          "Les tâches qui vous sont assignées.", -10, "#0b6e4f",
          q -> q.taskAssigneeExpression("${currentUser()}"), UNION_TEAMS),
      new Definition("Tâches de mon équipe",
          "Les tâches proposées à vos groupes, prises en charge ou non.", -5, "#1f5fa8",
          q -> q.taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks(), UNION_TEAMS),
      new Definition("Demandes d'adhésion et courriers à vérifier",
          "Tâches du Personnel de l'Union : demandes d'adhésion, courriers de non-reconduction, demandes d'adaptation.", 0, "#7a4fa3",
          q -> q.taskCandidateGroup(Groups.UNION_STAFF).includeAssignedTasks(), List.of(Groups.UNION_STAFF, Groups.UNION_MANAGEMENT)),
      new Definition("Contresignatures et décisions de la Direction",
          "Conventions à contresigner et demandes escaladées à la Direction de l'Union.", 0, "#a33b3b",
          q -> q.taskCandidateGroup(Groups.UNION_MANAGEMENT).includeAssignedTasks(), List.of(Groups.UNION_MANAGEMENT, Groups.UNION_STAFF)),
      new Definition("Finances",
          "Facturations semestrielles à valider, indexation des redevances, suivi des paiements.", 0, "#b07d12",
          q -> q.taskCandidateGroup(Groups.FINANCE).includeAssignedTasks(), List.of(Groups.FINANCE, Groups.UNION_MANAGEMENT)),
      new Definition("Équipe de maintenance",
          "Mises à jour des Outils et interventions sur le Serveur.", 0, "#3b7a8f",
          q -> q.taskCandidateGroup(Groups.MAINTENANCE).includeAssignedTasks(), List.of(Groups.MAINTENANCE, Groups.UNION_STAFF)),
      new Definition("Toutes les tâches en cours",
          "Toutes les tâches ouvertes, y compris les signatures attendues chez les Utilisateurs.", 10, "#555555",
          q -> q, List.of(Groups.UNION_STAFF, Groups.UNION_MANAGEMENT)));

  /**
   * Shown under each task in the list when its process has them: the organisation first (every
   * organisation-scoped process has « organisationName », see worklist.OrganisationLabelling).
   */
  static final List<Map<String, String>> LIST_VARIABLES = List.of(
      Map.of("name", "organisationName", "label", "Organisation"),
      Map.of("name", "enterpriseNumber", "label", "Numéro d'entreprise"),
      Map.of("name", "nextDeadline", "label", "Prochaine échéance"),
      Map.of("name", "endDate", "label", "Fin de la convention"));

  private final FilterService filters;
  private final TaskService tasks;
  private final IdentitySetup.Grants grants;

  void ensure() {
    for (Definition definition : DEFINITIONS) {
      Filter filter = filters.createFilterQuery().filterName(definition.name()).singleResult();
      if (filter == null) {
        filter = filters.newTaskFilter(definition.name());
      }
      filter.setQuery(definition.query().apply(tasks.createTaskQuery()));
      Map<String, Object> properties = new LinkedHashMap<>();
      properties.put("description", definition.description());
      properties.put("priority", definition.priority());
      properties.put("color", definition.color());
      properties.put("refresh", true);
      properties.put("showUndefinedVariable", false);
      properties.put("variables", LIST_VARIABLES);
      filter.setProperties(properties);
      filters.saveFilter(filter);
      for (String group : definition.readers()) {
        grants.grant(group, Resources.FILTER, filter.getId(), Permissions.READ);
      }
    }
  }
}
