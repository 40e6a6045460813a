package be.uvcw.convention.error.web;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;

/**
 * The French error page that browsers get instead of Spring Boot's English one (JSON clients of
 * {@code /api} get {@link ErrorAdvice}'s French JSON): one layout, {@code web/error-page.mustache},
 * with the text of the status (403, 404, any other 4xx, any 5xx).
 */
@Component
class FrenchErrorPages implements ErrorViewResolver {

  private static final String UNION = "Union des Villes et Communes de Wallonie";

  /** What a page says: its title, whether its heading names the code, its paragraphs. */
  record Page(String title, boolean namesCode, List<String> paragraphs) {}

  private final Template layout;

  FrenchErrorPages() {
    try (Reader reader = new InputStreamReader(new ClassPathResource("web/error-page.mustache").getInputStream(),
        StandardCharsets.UTF_8)) {
      layout = Mustache.compiler().compile(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Page page(HttpStatus status) {
    if (status == HttpStatus.FORBIDDEN) {
      return new Page("Accès refusé", true, List.of("Votre compte ne permet pas d'ouvrir cette page.",
          "Si vous pensez devoir y accéder, demandez-le au Personnel de l'Union (convention@uvcw.be) en indiquant l'adresse de la page."));
    }
    if (status == HttpStatus.NOT_FOUND) {
      return new Page("Page introuvable", true, List.of("Cette page n'existe pas ou plus.",
          "Vérifiez l'adresse, ou repartez de Tasklist."));
    }
    if (status.is4xxClientError()) {
      return new Page("Demande refusée", false, List.of("Le serveur n'a pas pu traiter cette demande.",
          "Vérifiez ce que vous avez saisi et réessayez ; rien n'a été enregistré."));
    }
    return new Page("Erreur du serveur", false, List.of("Une erreur inattendue s'est produite de notre côté.",
        "Réessayez dans quelques minutes. Si l'erreur persiste, prévenez le Personnel de l'Union (convention@uvcw.be) en indiquant l'heure."));
  }

  String render(HttpStatus status) {
    Page page = page(status);
    return layout.execute(Map.of(
        "title", page.title(),
        "heading", page.namesCode() ? UNION + " — erreur " + status.value() : UNION,
        "paragraphs", page.paragraphs()));
  }

  @Override
  public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
    String html = render(status);
    View view = (viewModel, viewRequest, response) -> {
      response.setContentType("text/html;charset=UTF-8");
      response.getWriter().write(html);
    };
    ModelAndView page = new ModelAndView(view);
    page.setStatus(status);
    return page;
  }
}
