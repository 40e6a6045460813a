package be.uvcw.convention.help;

import be.uvcw.convention.catalog.Tool;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import lombok.Getter;

/** A training session organised with the CommunesPlone community (art. 3.4); seats limited by the database. */
@Entity
@Getter
public class TrainingSession {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  private Tool tool;

  private String title;
  private Instant startsAt;
  private String place;
  private int seats;
  private String createdBy;
  private Instant createdAt;

  protected TrainingSession() {}

  public TrainingSession(Tool tool, String title, Instant startsAt, String place, int seats, String createdBy, Instant createdAt) {
    this.tool = tool;
    this.title = title;
    this.startsAt = startsAt;
    this.place = place;
    this.seats = seats;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }
}
