package be.uvcw.convention.convention.web;

import be.uvcw.convention.convention.ConventionDocument;
import be.uvcw.convention.convention.ConventionDocumentService;
import be.uvcw.convention.identity.CurrentUser;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A convention and its document, for the Union and for the organisation's own signatories. */
@RestController
@RequestMapping("/api/conventions/{conventionId}")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ConventionController {

  private final ConventionViews views;
  private final ConventionDocumentService documents;
  private final CurrentUser currentUser;

  /** Status, dates, signatures, Tools (installed version when installed) and the state of the space. */
  @GetMapping
  ConventionView convention(@PathVariable Long conventionId) {
    currentUser.requireAccessToTenant(views.tenantOf(conventionId));
    return views.view(conventionId);
  }

  /** The convention to sign, as generated when the Union accepted the request. */
  @GetMapping("/document.docx")
  ResponseEntity<byte[]> document(@PathVariable Long conventionId) {
    currentUser.requireAccessToTenant(views.tenantOf(conventionId));
    ConventionDocument document = documents.document(conventionId);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(ConventionDocument.CONTENT_TYPE))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(document.getFileName()).build().toString())
        .body(document.getContent());
  }
}
