package be.uvcw.convention.receivables.web;

import be.uvcw.convention.identity.CurrentUser;
import be.uvcw.convention.identity.Groups;
import be.uvcw.convention.receivables.AgedBalance;
import be.uvcw.convention.receivables.OpenItem;
import be.uvcw.convention.receivables.ReceivablesService;
import be.uvcw.convention.receivables.ReceivablesWorkbook;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Receivables for finance (and administrators): the open items and the aged balance per
 * organisation, as an xlsx workbook and as JSON (for the register page).
 */
@RestController
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ReceivablesController {

  private static final String[] FINANCE = {Groups.FINANCE, Groups.ADMIN};

  private final ReceivablesService receivables;
  private final ReceivablesWorkbook workbook;
  private final CurrentUser currentUser;

  @GetMapping("/api/receivables.xlsx")
  void workbook(HttpServletResponse response) throws IOException {
    currentUser.requireAnyGroup(FINANCE);
    LocalDate today = receivables.today();
    List<OpenItem> items = receivables.openItems();
    response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    response.setHeader("Content-Disposition", "attachment; filename=\"creances-" + today + ".xlsx\"");
    workbook.write(items, AgedBalance.of(items, today), today, response.getOutputStream());
  }

  record OpenItemJson(String number, long organisationId, String organisation, String enterpriseNumber, LocalDate issueDate,
                      LocalDate dueDate, BigDecimal total, BigDecimal paid, BigDecimal credited, BigDecimal outstanding,
                      long daysOverdue) {}

  @GetMapping("/api/receivables/open-items")
  Map<String, Object> openItems() {
    currentUser.requireAnyGroup(FINANCE);
    LocalDate today = receivables.today();
    List<OpenItemJson> items = receivables.openItems().stream()
        .map(i -> new OpenItemJson(i.number(), i.organisationId(), i.organisation(), i.enterpriseNumber(), i.issueDate(),
            i.dueDate(), i.total(), i.paid(), i.credited(), i.outstanding(), Math.max(0, i.daysOverdue(today))))
        .toList();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("asOf", today);
    body.put("openItems", items);
    body.put("outstanding", items.stream().map(OpenItemJson::outstanding).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add));
    return body;
  }

  record AgedLineJson(long organisationId, String organisation, String enterpriseNumber, int invoiceCount,
                      Map<String, BigDecimal> buckets, BigDecimal total) {}

  @GetMapping("/api/receivables/aged-balance")
  Map<String, Object> agedBalance() {
    currentUser.requireAnyGroup(FINANCE);
    LocalDate today = receivables.today();
    List<AgedBalance.Line> lines = receivables.agedBalance(today);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("asOf", today);
    body.put("buckets", java.util.Arrays.stream(AgedBalance.Bucket.values())
        .map(b -> Map.of("key", b.name(), "label", b.label())).toList());
    body.put("organisations", lines.stream().map(l -> new AgedLineJson(l.organisationId(), l.organisation(), l.enterpriseNumber(),
        l.invoiceCount(), keyed(l.buckets()), l.total())).toList());
    Map<AgedBalance.Bucket, BigDecimal> totals = AgedBalance.totals(lines);
    body.put("totals", keyed(totals));
    body.put("total", AgedBalance.sum(totals));
    return body;
  }

  private static Map<String, BigDecimal> keyed(Map<AgedBalance.Bucket, BigDecimal> buckets) {
    Map<String, BigDecimal> keyed = new LinkedHashMap<>();
    buckets.forEach((bucket, amount) -> keyed.put(bucket.name(), amount));
    return keyed;
  }
}
