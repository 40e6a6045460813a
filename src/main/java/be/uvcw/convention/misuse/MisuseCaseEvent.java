package be.uvcw.convention.misuse;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import lombok.Getter;

/** One step of a misuse case, as it stays on the convention's record. */
@Entity
@Getter
public class MisuseCaseEvent {

  public enum Type { OPENED, WARNED, SUSPENDED, REPORTED, LIFTED, CLOSED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long misuseCaseId;
  private Instant occurredAt;

  @Enumerated(EnumType.STRING)
  private Type type;

  private String actor;
  private String note;

  protected MisuseCaseEvent() {}

  MisuseCaseEvent(Long misuseCaseId, Instant occurredAt, Type type, String actor, String note) {
    this.misuseCaseId = misuseCaseId;
    this.occurredAt = occurredAt;
    this.type = type;
    this.actor = actor;
    this.note = note;
  }
}
