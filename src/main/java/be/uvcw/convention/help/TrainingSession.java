package be.uvcw.convention.help;

import be.uvcw.convention.catalog.Tool;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.time.Instant;

/** A training session organised with the CommunesPlone community (art. 3.4); seats limited by the database. */
@Entity
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

  public Long getId() { return id; }
  public Tool getTool() { return tool; }
  public String getTitle() { return title; }
  public Instant getStartsAt() { return startsAt; }
  public String getPlace() { return place; }
  public int getSeats() { return seats; }
  public String getCreatedBy() { return createdBy; }
  public Instant getCreatedAt() { return createdAt; }
}
