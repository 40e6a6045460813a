package be.uvcw.convention.billing.web;

import be.uvcw.convention.error.BadInput;
import be.uvcw.convention.billing.document.LedgerWriter;
import be.uvcw.convention.identity.CurrentUser;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The xlsx ledger of a calendar year (every invoice and credit note issued in it), for finance and management. */
@RestController
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class YearLedgerController {

  private final BillingQueries queries;
  private final LedgerWriter ledger;
  private final CurrentUser currentUser;

  @GetMapping("/api/ledgers/{year}.xlsx")
  void yearLedger(@PathVariable int year, HttpServletResponse response) throws IOException {
    currentUser.requireAnyGroup(BillingRunController.FINANCE);
    if (year < 2000 || year > 2999) {
      throw new BadInput("L'année « " + year + " » n'est pas valable (AAAA).");
    }
    response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    response.setHeader("Content-Disposition", "attachment; filename=\"journal-factures-" + year + ".xlsx\"");
    ledger.write("Journal des factures et notes de crédit " + year, queries.yearLedgerRows(year), response.getOutputStream());
  }
}
