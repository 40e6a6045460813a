package be.uvcw.convention.identity.web;

import be.uvcw.convention.error.BadInput;
import be.uvcw.convention.identity.AccessLinks;
import be.uvcw.convention.identity.AccountService;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Public (outside /api, no login): a person holding a one-time activation link chooses their
 * password (art. 6.7: no password is ever sent by e-mail). Used by /activation.html.
 */
@RestController
@RequestMapping("/activation")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ActivationController {

  record ActivationRequest(String jeton, String motDePasse, String confirmation) {}

  private final AccountService accounts;

  /** Lets the page say at once that a link is expired or used, before the person types a password. */
  @GetMapping("/{jeton}")
  Map<String, String> check(@PathVariable String jeton) {
    return Map.of("identifiant", accounts.activationUserId(jeton));
  }

  @PostMapping
  Map<String, String> activate(@RequestBody ActivationRequest request) {
    if (request.jeton() == null || request.jeton().isBlank()) {
      throw new BadInput("Le lien d'activation est incomplet : ouvrez l'adresse complète reçue par e-mail.");
    }
    if (request.confirmation() != null && !request.confirmation().equals(request.motDePasse())) {
      throw new BadInput("Les deux mots de passe saisis ne sont pas identiques.");
    }
    AccessLinks.Activated activated = accounts.activate(request.jeton(), request.motDePasse());
    String userId = activated.userId();
    return Map.of(
        "identifiant", userId,
        "message", "Votre mot de passe est enregistré. Connectez-vous à Tasklist avec l'identifiant « " + userId + " »"
            + (activated.tasklistUrl().contains("task=") ? " : votre tâche s'ouvrira." : "."),
        // Lands the person on their (oldest) open task, e.g. the convention to sign.
        "tasklist", activated.tasklistUrl());
  }
}
