package be.uvcw.convention.importing;

import be.uvcw.convention.organisation.EnterpriseNumber;
import be.uvcw.convention.organisation.InvalidEnterpriseNumberException;
import be.uvcw.convention.organisation.OrganisationType;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks one row on its own (formats, required cells, known Tools, dates against today). Pure:
 * what needs the database (existing organisations) is checked when the row is imported.
 */
public final class ImportRowValidator {

  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
  private static final Pattern POSTAL_CODE = Pattern.compile("^[1-9][0-9]{3}$");
  private static final DateTimeFormatter BELGIAN_DATE = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

  private ImportRowValidator() {}

  /** The valid row, or the errors of that row (never both). */
  public record Result(ImportRow row, List<ImportError> errors) {}

  public static Result validate(RawRow raw, Set<String> knownTools, LocalDate today) {
    List<ImportError> errors = new ArrayList<>();
    int n = raw.rowNumber();

    OrganisationType type = null;
    String typeText = raw.get(ImportColumn.TYPE);
    if (typeText == null) {
      errors.add(missing(n, ImportColumn.TYPE));
    } else {
      try {
        type = OrganisationType.valueOf(typeText.toUpperCase());
      } catch (IllegalArgumentException e) {
        errors.add(new ImportError(n, ImportColumn.TYPE.header(), "« " + typeText + " » n'est pas COMMUNE ou CPAS."));
      }
    }
    String name = raw.get(ImportColumn.NAME);
    if (name == null) {
      errors.add(missing(n, ImportColumn.NAME));
    } else if (name.length() > 200) {
      errors.add(new ImportError(n, ImportColumn.NAME.header(), "le nom compte au plus 200 caractères."));
    }
    EnterpriseNumber number = null;
    try {
      number = EnterpriseNumber.parse(raw.get(ImportColumn.ENTERPRISE_NUMBER));
    } catch (InvalidEnterpriseNumberException e) {
      errors.add(new ImportError(n, ImportColumn.ENTERPRISE_NUMBER.header(), lower(e.getMessage())));
    }
    String entity = raw.get(ImportColumn.ENTITY);
    if (entity == null) {
      errors.add(missing(n, ImportColumn.ENTITY));
    }
    String postalCode = raw.get(ImportColumn.POSTAL_CODE);
    if (postalCode != null && !POSTAL_CODE.matcher(postalCode).matches()) {
      errors.add(new ImportError(n, ImportColumn.POSTAL_CODE.header(), "« " + postalCode + " » n'est pas un code postal belge (4 chiffres)."));
    }
    String email = raw.get(ImportColumn.BILLING_EMAIL);
    if (email != null && !EMAIL.matcher(email).matches()) {
      errors.add(new ImportError(n, ImportColumn.BILLING_EMAIL.header(), "« " + email + " » n'est pas une adresse e-mail."));
    }

    LocalDate signature = null;
    String signatureText = raw.get(ImportColumn.SIGNATURE_DATE);
    if (signatureText == null) {
      errors.add(missing(n, ImportColumn.SIGNATURE_DATE));
    } else {
      signature = parseDate(signatureText);
      if (signature == null) {
        errors.add(new ImportError(n, ImportColumn.SIGNATURE_DATE.header(),
            "« " + signatureText + " » n'est pas une date (AAAA-MM-JJ ou JJ/MM/AAAA)."));
      } else if (signature.isAfter(today)) {
        errors.add(new ImportError(n, ImportColumn.SIGNATURE_DATE.header(), "la date de signature ne peut pas être dans le futur."));
      } else if (signature.withDayOfMonth(1).plusMonths(1).plusMonths(48).minusDays(1).isBefore(today)) {
        errors.add(new ImportError(n, ImportColumn.SIGNATURE_DATE.header(),
            "une convention signée le " + signature + " a atteint sa durée maximale de 48 mois : il n'y a rien à importer."));
      }
    }

    YearMonth lastInvoiced = null;
    String lastInvoicedText = raw.get(ImportColumn.LAST_INVOICED_MONTH);
    if (lastInvoicedText != null) {
      lastInvoiced = parseMonth(lastInvoicedText);
      if (lastInvoiced == null) {
        errors.add(new ImportError(n, ImportColumn.LAST_INVOICED_MONTH.header(),
            "« " + lastInvoicedText + " » n'est pas un mois (AAAA-MM)."));
      } else if (signature != null) {
        YearMonth start = YearMonth.from(signature).plusMonths(1);
        YearMonth last = start.plusMonths(47);
        if (lastInvoiced.isBefore(start)) {
          errors.add(new ImportError(n, ImportColumn.LAST_INVOICED_MONTH.header(),
              "le mois " + lastInvoiced + " précède le début de la convention (" + start + ")."));
        } else if (lastInvoiced.isAfter(last)) {
          errors.add(new ImportError(n, ImportColumn.LAST_INVOICED_MONTH.header(),
              "le mois " + lastInvoiced + " dépasse la durée maximale de la convention (" + last + ")."));
        }
      }
    }

    List<String> tools = new ArrayList<>();
    String toolsText = raw.get(ImportColumn.TOOLS);
    if (toolsText != null) {
      for (String code : Arrays.stream(toolsText.split("[,;]")).map(String::trim).filter(s -> !s.isEmpty()).toList()) {
        if (!knownTools.contains(code)) {
          errors.add(new ImportError(n, ImportColumn.TOOLS.header(), "l'Outil « " + code + " » n'existe pas dans le catalogue."));
        } else if (!tools.contains(code)) {
          tools.add(code);
        }
      }
    }
    if (!errors.isEmpty()) {
      return new Result(null, errors);
    }
    return new Result(new ImportRow(n, type, name, number, entity, raw.get(ImportColumn.STREET), postalCode,
        raw.get(ImportColumn.CITY), email, signature, lastInvoiced, List.copyOf(tools)), List.of());
  }

  static LocalDate parseDate(String text) {
    try {
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      try {
        return LocalDate.parse(text, BELGIAN_DATE);
      } catch (DateTimeParseException e2) {
        return null;
      }
    }
  }

  static YearMonth parseMonth(String text) {
    try {
      return YearMonth.parse(text.length() > 7 ? text.substring(0, 7) : text);
    } catch (DateTimeParseException e) {
      try {
        return YearMonth.parse(text, DateTimeFormatter.ofPattern("M/uuuu").withResolverStyle(ResolverStyle.STRICT));
      } catch (DateTimeParseException e2) {
        return null;
      }
    }
  }

  private static ImportError missing(int row, ImportColumn column) {
    return new ImportError(row, column.header(), "cette cellule est obligatoire.");
  }

  private static String lower(String message) {
    return message.isEmpty() ? message : Character.toLowerCase(message.charAt(0)) + message.substring(1);
  }
}
