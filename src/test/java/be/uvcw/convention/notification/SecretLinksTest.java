package be.uvcw.convention.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the journal keeps of a mail with a personal link. */
class SecretLinksTest {

  @Test
  void aPersonalLinkIsMaskedWhateverTheHostAndTheRestStays() {
    String body = "Votre identifiant : anne.dupont\nCe lien :\nhttps://convention.uvcw.be/activation.html?jeton=0a1b2c3d4e5f\n"
        + "ou http://localhost:8183/activation.html?jeton=ffff.\nConnectez-vous à http://localhost:8183/camunda/app/tasklist/";
    assertThat(SecretLinks.mask(body))
        .isEqualTo("Votre identifiant : anne.dupont\nCe lien :\n« [lien personnel masqué] »\n"
            + "ou « [lien personnel masqué] ».\nConnectez-vous à http://localhost:8183/camunda/app/tasklist/");
  }

  @Test
  void aMailWithoutLinkIsUnchanged() {
    assertThat(SecretLinks.mask("Bonjour,\nRien de secret.")).isEqualTo("Bonjour,\nRien de secret.");
    assertThat(SecretLinks.mask(null)).isNull();
  }
}
