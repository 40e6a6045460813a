package be.uvcw.convention.organisation;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import lombok.Getter;

/** An entity (entité): a municipality with one Administration communale and one CPAS. */
@Entity
@Getter
public class Municipality {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String name;

  protected Municipality() {}

  public Municipality(String name) {
    this.name = name;
  }
}
