package be.uvcw.convention.lifecycle.web;

import be.uvcw.convention.convention.Convention;
import be.uvcw.convention.convention.ConventionRepository;
import be.uvcw.convention.identity.CurrentUser;
import be.uvcw.convention.identity.Groups;
import be.uvcw.convention.lifecycle.ConventionLifecycleService;
import be.uvcw.convention.error.BadInput;
import be.uvcw.convention.error.NotFound;
import be.uvcw.convention.lifecycle.NonRenewalNotice;
import be.uvcw.convention.lifecycle.NonRenewalNoticeRepository;
import be.uvcw.convention.lifecycle.NonRenewalNoticeService;
import be.uvcw.convention.lifecycle.NoticeLetter;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Non-renewal letters registered by Union staff (art. 8), and the lifecycle record of a convention. */
@RestController
@RequestMapping("/api/conventions/{conventionId}")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class NonRenewalNoticeController {

  private final NonRenewalNoticeService notices;
  private final NonRenewalNoticeRepository noticeRepository;
  private final ConventionLifecycleService lifecycle;
  private final ConventionRepository conventions;
  private final CurrentUser currentUser;

  record NoticeRequest(LocalDate receivedOn, LocalDate letterDate, String reference) {}

  /** Multipart: receivedOn, letterDate, reference and an optional file "scan". */
  @PostMapping(path = "/non-renewal-notices", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<Map<String, Object>> registerWithScan(@PathVariable Long conventionId,
      @RequestParam(required = false) String receivedOn, @RequestParam(required = false) String letterDate,
      @RequestParam(required = false) String reference, @RequestParam(required = false) MultipartFile scan) throws IOException {
    currentUser.requireAnyGroup(Groups.UNION_STAFF, Groups.ADMIN);
    NoticeLetter.Scan file = scan == null || scan.isEmpty() ? null
        : new NoticeLetter.Scan(scan.getOriginalFilename(), scan.getContentType(), scan.getBytes());
    NoticeLetter letter = new NoticeLetter(date(receivedOn, "date de réception"), date(letterDate, "date de la lettre"), reference, file);
    return created(notices.registerAndFollowUp(conventionId, letter, currentUser.userId()));
  }

  @PostMapping(path = "/non-renewal-notices", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Map<String, Object>> register(@PathVariable Long conventionId, @RequestBody NoticeRequest request) {
    currentUser.requireAnyGroup(Groups.UNION_STAFF, Groups.ADMIN);
    NoticeLetter letter = new NoticeLetter(request.receivedOn(), request.letterDate(), request.reference(), null);
    return created(notices.registerAndFollowUp(conventionId, letter, currentUser.userId()));
  }

  @GetMapping("/non-renewal-notices")
  @Transactional(readOnly = true)
  List<Map<String, Object>> list(@PathVariable Long conventionId) {
    currentUser.requireAccessToTenant(convention(conventionId).getOrganisation().getTenantId());
    return noticeRepository.findByConventionIdOrderByRegisteredAt(conventionId).stream().map(NonRenewalNoticeController::view).toList();
  }

  /** The convention's dates, renewals and notices as the lifecycle recorded them. */
  @GetMapping("/lifecycle")
  @Transactional(readOnly = true)
  Map<String, Object> record(@PathVariable Long conventionId) {
    Convention convention = convention(conventionId);
    currentUser.requireAccessToTenant(convention.getOrganisation().getTenantId());
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("conventionId", conventionId);
    view.put("status", convention.getStatus());
    view.put("startDate", convention.getStartDate());
    view.put("currentTermEnd", convention.getCurrentTermEnd());
    view.put("limitEnd", convention.getLimitEnd());
    view.put("endDate", convention.getEndDate());
    view.put("invoicedOutsideUntil", convention.getInvoicedOutsideUntil());
    view.put("renewals", lifecycle.renewalsOf(conventionId).stream()
        .map(r -> Map.of("renewalDate", r.getRenewalDate(), "termEnd", r.getTermEnd(), "source", r.getSource())).toList());
    view.put("nonRenewalNotices", list(conventionId));
    return view;
  }

  private Convention convention(Long conventionId) {
    return conventions.findById(conventionId)
        .orElseThrow(() -> new NotFound("Convention " + conventionId + " introuvable."));
  }

  private static ResponseEntity<Map<String, Object>> created(NonRenewalNotice notice) {
    return ResponseEntity.status(HttpStatus.CREATED).body(view(notice));
  }

  private static Map<String, Object> view(NonRenewalNotice notice) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("id", notice.getId());
    view.put("conventionId", notice.getConventionId());
    view.put("receivedOn", notice.getReceivedOn());
    view.put("letterDate", notice.getLetterDate());
    view.put("reference", notice.getReference());
    view.put("scanFileName", notice.getScanFileName());
    view.put("outcome", notice.getOutcome());
    view.put("renewalDate", notice.getRenewalDate());
    view.put("deadline", notice.getDeadline());
    view.put("endDate", notice.getEndDate());
    view.put("nextDeadline", notice.getNextDeadline());
    view.put("reason", notice.getReason());
    return view;
  }

  private static LocalDate date(String text, String label) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.trim());
    } catch (DateTimeParseException e) {
      throw new BadInput("La " + label + " « " + text + " » n'est pas une date (AAAA-MM-JJ).");
    }
  }
}
