package be.uvcw.convention.misuse.web;

import be.uvcw.convention.identity.CurrentUser;
import be.uvcw.convention.identity.Groups;
import be.uvcw.convention.misuse.MisuseCase;
import be.uvcw.convention.misuse.MisuseCaseService;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Misuse cases (art. 6.11): opened by Union staff; the measures are decided in Tasklist by management. */
@RestController
@RequestMapping("/api/conventions/{conventionId}/misuse-cases")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class MisuseCaseController {

  private final MisuseCaseService cases;
  private final CurrentUser currentUser;

  record OpenRequest(String facts) {}

  @PostMapping
  ResponseEntity<Map<String, Object>> open(@PathVariable Long conventionId, @RequestBody OpenRequest request) {
    currentUser.requireAnyGroup(Groups.UNION_STAFF, Groups.UNION_MANAGEMENT, Groups.ADMIN);
    MisuseCase misuseCase = cases.openAndFollowUp(conventionId, request.facts(), currentUser.userId());
    return ResponseEntity.status(HttpStatus.CREATED).body(view(misuseCase));
  }

  @GetMapping
  List<Map<String, Object>> list(@PathVariable Long conventionId) {
    currentUser.requireAnyGroup(Groups.UNION_STAFF, Groups.UNION_MANAGEMENT, Groups.ADMIN);
    return cases.casesOf(conventionId).stream().map(this::view).toList();
  }

  private Map<String, Object> view(MisuseCase misuseCase) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("id", misuseCase.getId());
    view.put("conventionId", misuseCase.getConventionId());
    view.put("facts", misuseCase.getFacts());
    view.put("state", misuseCase.getState());
    view.put("suspended", misuseCase.isSuspended());
    view.put("judicialReportDate", misuseCase.getJudicialReportDate());
    view.put("judicialReference", misuseCase.getJudicialReference());
    view.put("events", cases.eventsOf(misuseCase.getId()).stream().map(e -> {
      Map<String, Object> event = new LinkedHashMap<>();
      event.put("type", e.getType());
      event.put("occurredAt", e.getOccurredAt());
      event.put("actor", e.getActor());
      event.put("note", e.getNote());
      return event;
    }).toList());
    return view;
  }
}
