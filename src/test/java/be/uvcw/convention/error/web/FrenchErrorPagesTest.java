package be.uvcw.convention.error.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.ModelAndView;

class FrenchErrorPagesTest {

  private final FrenchErrorPages pages = new FrenchErrorPages();

  @Test
  void aForbiddenPageSaysAccessRefusedInFrenchAndNamesItsCode() {
    String html = pages.render(HttpStatus.FORBIDDEN);

    assertThat(html).contains("<title>Accès refusé — Convention d'accès au Serveur CommunesPlone</title>",
        "<h1>Accès refusé</h1>", "Union des Villes et Communes de Wallonie — erreur 403",
        "demandez-le au Personnel de l&#39;Union (convention@uvcw.be)", "href=\"/camunda/app/tasklist/\"");
  }

  @Test
  void aMissingPageSaysPageIntrouvable() {
    assertThat(pages.render(HttpStatus.NOT_FOUND)).contains("<h1>Page introuvable</h1>", "erreur 404",
        "Cette page n&#39;existe pas ou plus.");
  }

  @Test
  void anyOtherClientErrorIsARefusedRequestWithoutItsCode() {
    String html = pages.render(HttpStatus.PAYLOAD_TOO_LARGE);

    assertThat(html).contains("<h1>Demande refusée</h1>", "rien n&#39;a été enregistré").doesNotContain("erreur 413");
  }

  @Test
  void aServerErrorAsksToTryAgainLater() {
    assertThat(pages.render(HttpStatus.SERVICE_UNAVAILABLE)).contains("<h1>Erreur du serveur</h1>",
        "Réessayez dans quelques minutes.").doesNotContain("erreur 503");
  }

  @Test
  void theResolvedViewWritesTheFrenchPageAsHtmlWithTheStatus() throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/camunda/app/cockpit/default/");
    MockHttpServletResponse response = new MockHttpServletResponse();

    ModelAndView page = pages.resolveErrorView(request, HttpStatus.FORBIDDEN, Map.of("error", "Forbidden"));
    page.getView().render(page.getModel(), request, response);

    assertThat(page.getStatus()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(response.getContentType()).startsWith("text/html").contains("UTF-8");
    assertThat(response.getContentAsString()).contains("<h1>Accès refusé</h1>").doesNotContain("Forbidden");
  }
}
