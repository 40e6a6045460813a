package be.uvcw.convention.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public record Address(
    @Column(name = "street") String street,
    @Column(name = "postal_code") String postalCode,
    @Column(name = "city") String city) {

  /** "Rue de l'Étoile 1, 5000 Namur" */
  public String singleLine() {
    return street + ", " + postalCode + " " + city;
  }
}
