package be.uvcw.convention.onboarding;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** A request that cannot be recorded, with every field error in French (answered 400, nothing saved). */
public class InvalidMembershipRequestException extends IllegalArgumentException {

  private final Map<String, String> fieldErrors;

  public InvalidMembershipRequestException(Map<String, String> fieldErrors) {
    super("La demande d'adhésion ne peut pas être enregistrée : "
        + fieldErrors.values().stream().collect(Collectors.joining(" ")));
    this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
  }

  public static InvalidMembershipRequestException of(String field, String message) {
    return new InvalidMembershipRequestException(Map.of(field, message));
  }

  /** Field name (as in {@link MembershipRequest}) to its French message. */
  public Map<String, String> fieldErrors() {
    return fieldErrors;
  }
}
