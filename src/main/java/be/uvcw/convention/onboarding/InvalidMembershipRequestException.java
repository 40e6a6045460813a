package be.uvcw.convention.onboarding;

import be.uvcw.convention.error.BadInput;
import java.util.Map;
import java.util.stream.Collectors;

/** A request that cannot be recorded, with every field error in French (answered 400, nothing saved). */
public class InvalidMembershipRequestException extends BadInput {

  public InvalidMembershipRequestException(Map<String, String> fieldErrors) {
    super("La demande d'adhésion ne peut pas être enregistrée : "
        + fieldErrors.values().stream().collect(Collectors.joining(" ")), fieldErrors);
  }

  public static InvalidMembershipRequestException of(String field, String message) {
    return new InvalidMembershipRequestException(Map.of(field, message));
  }
}
