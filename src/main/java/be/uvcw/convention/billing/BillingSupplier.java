package be.uvcw.convention.billing;

import be.uvcw.convention.billing.document.InvoiceDocument;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The Union as supplier on every invoice (legal mentions), and its account (art. 7b:
 * 091-0115846-57 = IBAN BE09 0910 1158 4657). Overridable through convention.billing.supplier.*.
 */
@Component
public class BillingSupplier {

  public static final String IBAN = "BE09091011584657";
  public static final String BIC = "GKCCBEBB";

  private final InvoiceDocument.Party party;

  public BillingSupplier(
      @Value("${convention.billing.supplier.name:Union des Villes et Communes de Wallonie asbl}") String name,
      @Value("${convention.billing.supplier.street:Rue de l'Étoile 14}") String street,
      @Value("${convention.billing.supplier.postal-code:5000}") String postalCode,
      @Value("${convention.billing.supplier.city:Namur}") String city,
      @Value("${convention.billing.supplier.enterprise-number:0451396824}") String enterpriseNumber,
      @Value("${convention.billing.supplier.email:facturation@uvcw.be}") String email) {
    this.party = new InvoiceDocument.Party(name, street, postalCode, city, enterpriseNumber, email);
  }

  public InvoiceDocument.Party party() {
    return party;
  }
}
