package be.uvcw.convention.testsupport;

import com.helger.diagnostics.error.IError;
import com.helger.phive.api.execute.ValidationExecutionManager;
import com.helger.phive.api.executorset.IValidationExecutorSet;
import com.helger.phive.api.executorset.ValidationExecutorSetRegistry;
import com.helger.phive.api.result.ValidationResultList;
import com.helger.phive.api.validity.IValidityDeterminator;
import com.helger.phive.en16931.EN16931Validation;
import com.helger.phive.peppol.PeppolValidation;
import com.helger.phive.peppol.PeppolValidation2025_11;
import com.helger.phive.xml.source.IValidationSourceXML;
import com.helger.phive.xml.source.ValidationSourceXML;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;

/**
 * The official Peppol BIS Billing 3.0 validation (UBL schema, EN 16931 and Peppol Schematron, as
 * packaged by phive) for any UBL the tests produce. The rules take seconds to set up, so the
 * registry is built once per JVM and shared; validating a document then takes milliseconds.
 *
 * <pre>PeppolValidator.assertValid(ublBytes);  // fails with every error's rule id and text</pre>
 */
public final class PeppolValidator {

  private static final ValidationExecutorSetRegistry<IValidationSourceXML> REGISTRY = registry();

  private PeppolValidator() {}

  /** Everything the rules report as an error (fatal assertions included); empty when valid. */
  public static List<String> errors(byte[] ubl) {
    return messages(validate(ubl), true);
  }

  /** Warnings and errors, for logs. */
  public static List<String> failures(byte[] ubl) {
    return messages(validate(ubl), false);
  }

  public static void assertValid(byte[] ubl) {
    ValidationResultList results = validate(ubl);
    List<String> errors = messages(results, true);
    if (!errors.isEmpty()) {
      throw new AssertionError("Le document UBL ne passe pas les règles Peppol BIS Billing 3.0 ("
          + errors.size() + " erreur(s)) :\n" + String.join("\n", errors) + "\n---\n" + new String(ubl, java.nio.charset.StandardCharsets.UTF_8));
    }
  }

  public static ValidationResultList validate(byte[] ubl) {
    Document dom = parse(ubl);
    String root = dom.getDocumentElement().getLocalName();
    IValidationExecutorSet<IValidationSourceXML> rules = REGISTRY.getOfID(switch (root) {
      case "Invoice" -> PeppolValidation2025_11.VID_OPENPEPPOL_INVOICE_UBL_V3;
      case "CreditNote" -> PeppolValidation2025_11.VID_OPENPEPPOL_CREDIT_NOTE_UBL_V3;
      default -> throw new AssertionError("Ni Invoice ni CreditNote : " + root);
    });
    ValidationResultList results = ValidationExecutionManager.executeValidation(
        IValidityDeterminator.createDefault(), rules, ValidationSourceXML.create("document.xml", dom), Locale.FRENCH);
    // UBL schema, EN 16931 Schematron, Peppol Schematron: a layer skipped would be a silent pass.
    if (results.size() < 3) {
      throw new AssertionError("Validation incomplète : " + results.size() + " couche(s) exécutée(s)");
    }
    return results;
  }

  private static List<String> messages(ValidationResultList results, boolean errorsOnly) {
    List<String> messages = new ArrayList<>();
    results.forEachFlattened(error -> {
      if (error.isError() || (!errorsOnly && error.isFailure())) {
        messages.add(describe(error));
      }
    });
    return messages;
  }

  private static String describe(IError error) {
    return error.getErrorLevel() + " " + error.getErrorID() + " " + error.getErrorText(Locale.FRENCH)
        + (error.getErrorFieldName() == null ? "" : " @ " + error.getErrorFieldName());
  }

  private static Document parse(byte[] ubl) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      return factory.newDocumentBuilder().parse(new ByteArrayInputStream(ubl));
    } catch (Exception e) {
      throw new AssertionError("UBL illisible : " + e.getMessage(), e);
    }
  }

  private static ValidationExecutorSetRegistry<IValidationSourceXML> registry() {
    ValidationExecutorSetRegistry<IValidationSourceXML> registry = new ValidationExecutorSetRegistry<>();
    EN16931Validation.initEN16931(registry); // Peppol's sets build on the EN 16931 ones
    PeppolValidation.initStandard(registry);
    return registry;
  }
}
