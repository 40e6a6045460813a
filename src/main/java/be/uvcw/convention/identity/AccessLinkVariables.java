package be.uvcw.convention.identity;

import static be.uvcw.convention.platform.process.ProcessVariable.text;
import static be.uvcw.convention.platform.process.ProcessVariable.value;

import be.uvcw.convention.platform.process.ProcessContract;
import be.uvcw.convention.platform.process.ProcessVariable;

/** The variables of {@code access-link} (« Lien d'accès demandé »). */
@ProcessContract("access-link")
public final class AccessLinkVariables {

  public static final ProcessVariable<String> INITIATOR = text("initiator", "start event initiator, assignee of the choice");
  public static final ProcessVariable<String> PERSON_SEARCH = text("personSearch", "name or e-mail typed in the start form");
  public static final ProcessVariable<Object> CANDIDATES = value("accessLinkCandidates", "Spin JSON", "the people offered in the form's list");
  public static final ProcessVariable<String> PERSON_USER_ID = text("personUserId", "the person chosen");
  public static final ProcessVariable<String> SENT_TO = text("accessLinkSentTo", null);

  private AccessLinkVariables() {}
}
