package be.uvcw.convention.identity;

import be.uvcw.convention.error.BadInput;
import be.uvcw.convention.platform.BusinessKeys;
import java.util.List;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.Spin;
import org.springframework.stereotype.Component;

/** Process {@code access-link} (« Envoyer un lien d'accès »): staff pick a person in Tasklist, the link goes out. */
final class AccessLinkDelegates {

  private AccessLinkDelegates() {}

  /** {@code access-link-<userId>}: the person the link goes to, known once « Choisir la personne » is completed. */
  static String businessKey(String personUserId) {
    return BusinessKeys.of("access-link", personUserId);
  }

  /** « Lister les personnes »: the options of « Choisir la personne », narrowed by the start form's search. */
  @Component("listAccessLinkRecipients")
  @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
  static class ListRecipients implements JavaDelegate {
    private final AccessLinks links;

    @Override
    public void execute(DelegateExecution execution) {
      List<Map<String, String>> options = links.recipients(AccessLinkVariables.PERSON_SEARCH.get(execution)).stream()
          .map(r -> Map.of("label", r.label(), "value", r.userId())).toList();
      AccessLinkVariables.CANDIDATES.set(execution, Spin.JSON(options));
    }
  }

  /**
   * « Choisir la personne », on complete: only someone the list offered (400 in French otherwise);
   * the instance then takes the business key {@code access-link-<userId>}.
   */
  @Component("chooseAccessLinkRecipient")
  static class ChooseRecipient implements TaskListener {
    @Override
    public void notify(DelegateTask task) {
      String chosen = AccessLinkVariables.PERSON_USER_ID.get(task);
      Object candidates = AccessLinkVariables.CANDIDATES.get(task);
      boolean offered = chosen != null && candidates != null
          && Spin.JSON(candidates.toString()).elements().stream()
              .anyMatch(option -> chosen.equals(option.prop("value").stringValue()));
      if (!offered) {
        throw new BadInput("Personne à qui envoyer un nouveau lien : choisissez une personne de la liste.");
      }
      task.getExecution().setProcessBusinessKey(businessKey(chosen));
    }
  }

  /** « Envoyer le lien d'accès » (asynchronous: a mail server outage is retried, then an incident). */
  @Component("sendAccessLink")
  @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
  static class SendLink implements JavaDelegate {
    private final AccessLinks links;

    @Override
    public void execute(DelegateExecution execution) {
      AccessLinks.SentLink sent = links.sendAccessLink(AccessLinkVariables.PERSON_USER_ID.required(execution));
      AccessLinkVariables.SENT_TO.set(execution, sent.recipient());
    }
  }
}
