package be.uvcw.convention.error;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Test-only endpoint (in the one shared test context) whose code fails as only a bug would, with internals in its text. */
@RestController
class FailingTestController {

  @GetMapping("/api/test-failure")
  String fail() {
    throw new IllegalStateException("secret: column invoice.total_excl_vat of org.postgresql.PGStatement");
  }
}
