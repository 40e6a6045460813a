package be.uvcw.convention.register.web;

import be.uvcw.convention.error.BadInput;
import be.uvcw.convention.error.NotFound;
import be.uvcw.convention.error.Forbidden;
import be.uvcw.convention.identity.CurrentUser;
import be.uvcw.convention.identity.EngineAsApplication;
import be.uvcw.convention.identity.Groups;
import be.uvcw.convention.lifecycle.NonRenewalNotice;
import be.uvcw.convention.platform.FormValues;
import be.uvcw.convention.register.RegisterService;
import be.uvcw.convention.register.RegisterViews.Billing;
import be.uvcw.convention.register.RegisterViews.Dashboard;
import be.uvcw.convention.register.RegisterViews.Dossier;
import be.uvcw.convention.register.RegisterViews.Me;
import be.uvcw.convention.register.RegisterViews.Row;
import be.uvcw.convention.register.RegisterViews.Sections;
import java.util.List;
import java.util.Set;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Read-only JSON of the « Registre des conventions » (static/registre). The Union reads every
 * convention (maintenance without billing and mails); a User's signatory reads only their own
 * organisation's dossier, without the Union's internal processes. Actions go to the existing
 * endpoints of each capability, which check their own rights.
 */
@RestController
@RequestMapping("/api/register")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class RegisterController {

  /** Every Union reader of the register. */
  private static final String[] UNION = {Groups.ADMIN, Groups.UNION_STAFF, Groups.UNION_MANAGEMENT, Groups.FINANCE, Groups.MAINTENANCE};
  /** May read invoices, credit notes and mails of every organisation. */
  private static final String[] BILLING_AND_MAILS = {Groups.ADMIN, Groups.UNION_STAFF, Groups.UNION_MANAGEMENT, Groups.FINANCE};
  /** May act from a dossier (each action's endpoint checks again). */
  private static final String[] ACTORS = {Groups.ADMIN, Groups.UNION_STAFF, Groups.UNION_MANAGEMENT};

  private final RegisterService register;
  private final CurrentUser currentUser;
  private final IdentityService identityService;
  private final EngineAsApplication engine;

  @GetMapping("/me")
  Me me() {
    String userId = currentUser.userId();
    User user = engine.call(() -> identityService.createUserQuery().userId(userId).singleResult());
    String name = user == null ? userId : (nullToEmpty(user.getFirstName()) + " " + nullToEmpty(user.getLastName())).trim();
    List<String> groups = currentUser.groupIds();
    boolean union = currentUser.isInAnyGroup(UNION);
    return new Me(userId, name.isEmpty() ? userId : name, groups, union, currentUser.isInAnyGroup(ACTORS),
        currentUser.isInAnyGroup(BILLING_AND_MAILS), currentUser.isInAnyGroup(BILLING_AND_MAILS), union);
  }

  /** The register: every convention for the Union, only their own for a signatory. */
  @GetMapping("/conventions")
  List<Row> conventions(@RequestParam(required = false) String q) {
    if (currentUser.isInAnyGroup(UNION)) {
      return register.rows(null, q);
    }
    Set<String> tenants = currentUser.tenantIds();
    if (tenants.isEmpty()) {
      throw new Forbidden("Le registre des conventions est réservé à l'Union et aux signataires des conventions.");
    }
    return register.rows(tenants, q);
  }

  @GetMapping("/conventions/{conventionId}")
  Dossier dossier(@PathVariable Long conventionId) {
    String tenant = register.tenantOf(conventionId);
    if (currentUser.isInAnyGroup(UNION)) {
      boolean billing = currentUser.isInAnyGroup(BILLING_AND_MAILS);
      return register.dossier(conventionId, new Sections(billing, billing, true, currentUser.isInAnyGroup(ACTORS)));
    }
    requireOwnTenant(tenant);
    Dossier own = register.dossier(conventionId, new Sections(true, true, false, false));
    // A signatory sees their own tasks, not the Union's internal steps.
    return new Dossier(own.convention(), own.organisation(), own.people(), own.signatures(), own.space(), own.tools(),
        own.renewals(), own.notices(), own.invoices(), own.mails(), null, null,
        register.tasksOf(currentUser.userId(), tenant), null, own.sections());
  }

  /** The scan of a registered non-renewal letter. */
  @GetMapping("/conventions/{conventionId}/notices/{noticeId}/scan")
  ResponseEntity<byte[]> scan(@PathVariable Long conventionId, @PathVariable Long noticeId) {
    String tenant = register.tenantOf(conventionId);
    if (!currentUser.isInAnyGroup(UNION)) {
      requireOwnTenant(tenant);
    }
    NonRenewalNotice notice = register.noticeOf(conventionId, noticeId)
        .orElseThrow(() -> new NotFound("Cette lettre n'a pas de scan enregistré."));
    MediaType type = notice.getScanContentType() == null ? MediaType.APPLICATION_OCTET_STREAM
        : MediaType.parseMediaType(notice.getScanContentType());
    return ResponseEntity.ok().contentType(type)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(notice.getScanFileName(),
            java.nio.charset.StandardCharsets.UTF_8).build().toString())
        .body(notice.getScan());
  }

  /** Finance's list of issued invoices and credit notes, with totals. */
  @GetMapping("/billing")
  Billing billing(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
      @RequestParam(required = false) String kind, @RequestParam(required = false) String q,
      @RequestParam(defaultValue = "false") boolean unpaid) {
    currentUser.requireAnyGroup(BILLING_AND_MAILS);
    if (kind != null && !kind.isBlank() && !kind.equals("FACTURE") && !kind.equals("NOTE_DE_CREDIT")) {
      throw new BadInput("Le type « " + kind + " » est inconnu : FACTURE ou NOTE_DE_CREDIT.");
    }
    return register.billing(FormValues.date(from), FormValues.date(to), kind, q, unpaid);
  }

  /** The managers' dashboard: open steps, deadlines of the next 90 days, incidents, unpaid invoices. */
  @GetMapping("/dashboard")
  Dashboard dashboard() {
    currentUser.requireAnyGroup(BILLING_AND_MAILS);
    return register.dashboard();
  }

  private void requireOwnTenant(String tenant) {
    if (!currentUser.tenantIds().contains(tenant)) {
      throw new Forbidden("Ce dossier appartient à une autre organisation.");
    }
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }
}
