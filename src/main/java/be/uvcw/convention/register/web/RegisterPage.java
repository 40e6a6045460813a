package be.uvcw.convention.register.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** /registre opens the register's page (static/registre/index.html); its data comes from /api/register. */
@Controller
class RegisterPage {

  @GetMapping({"/registre", "/registre/"})
  String page() {
    return "forward:/registre/index.html";
  }
}
