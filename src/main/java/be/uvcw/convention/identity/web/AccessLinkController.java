package be.uvcw.convention.identity.web;

import be.uvcw.convention.identity.AccessLinks;
import be.uvcw.convention.identity.CurrentUser;
import be.uvcw.convention.identity.EngineAsApplication;
import be.uvcw.convention.identity.Groups;
import java.time.Instant;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * « Envoyer un nouveau lien d'accès » (docs/security.md): Union staff and management send a
 * signatory or a Union person a fresh one-time link by mail; their earlier links stop working.
 * The answer never contains the link. 202: the mail is on its way to the address on record.
 */
@RestController
@RequestMapping("/api/people")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AccessLinkController {

  record SentView(String identifiant, String destinataire, Instant valableJusqua, String message) {}

  private final AccessLinks links;
  private final CurrentUser currentUser;
  private final EngineAsApplication engine;

  @PostMapping("/{userId}/access-link")
  ResponseEntity<SentView> send(@PathVariable String userId) {
    if (!currentUser.isInAnyGroup(Groups.UNION_STAFF, Groups.UNION_MANAGEMENT, Groups.ADMIN)) {
      throw new be.uvcw.convention.error.Forbidden(
          "Seuls le Personnel et la Direction de l'Union peuvent envoyer un lien d'accès.");
    }
    // Checked above; the directory look-ups and the link are the application's own work.
    AccessLinks.SentLink sent = engine.call(() -> links.sendAccessLink(userId));
    return ResponseEntity.status(HttpStatus.ACCEPTED).body(new SentView(sent.userId(), sent.recipient(), sent.expiresAt(),
        "Un nouveau lien d'accès personnel a été envoyé à " + sent.recipient() + ". Les liens envoyés précédemment ne fonctionnent plus."));
  }
}
