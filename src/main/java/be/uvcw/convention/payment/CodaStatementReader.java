package be.uvcw.convention.payment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * CODA 2.x (Febelfin, "Coded statement of account", version 2): fixed records of 128 characters.
 * Written from the Febelfin specification (no maintained Java library exists); the records read
 * and their positions are listed in docs/billing.md. Records 4 (free messages) are skipped.
 */
final class CodaStatementReader {

  private static final DateTimeFormatter DDMMYY = DateTimeFormatter.ofPattern("ddMMyy");
  private static final int RECORD = 128;

  private CodaStatementReader() {}

  /** One movement (record 21 and its 22/23/31-33 continuations). */
  @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
  private static final class Movement {
    final String sequence;
    final String detail;
    final String bankRef;
    final boolean debit;
    final BigDecimal amount;
    final LocalDate valueDate;
    final LocalDate entryDate;
    final String structured;
    final StringBuilder communication = new StringBuilder();
    String counterpartyIban;
    String counterpartyName;

  }

  static ParsedStatement read(String text) {
    String[] lines = text.replace("\r", "").split("\n");
    String iban = null;
    String paperSequence = null;
    LocalDate creationDate = null;
    LocalDate newBalanceDate = null;
    boolean trailer = false;
    List<Movement> movements = new ArrayList<>();
    Movement current = null;
    int number = 0;
    for (String raw : lines) {
      number++;
      if (raw.isBlank()) {
        continue;
      }
      String line = raw.length() < RECORD ? String.format("%-" + RECORD + "s", raw) : raw;
      if (line.length() > RECORD) {
        throw new InvalidStatementException("CODA, ligne " + number + " : " + line.length() + " caractères au lieu de 128.");
      }
      char type = line.charAt(0);
      switch (type) {
        case '0' -> {
          if (line.charAt(127) != '2') {
            throw new InvalidStatementException("CODA, ligne " + number + " : seule la version 2 de CODA est lue (code de version « "
                + line.charAt(127) + " »).");
          }
          creationDate = date(line, 5, number);
        }
        case '1' -> {
          char structure = line.charAt(1);
          paperSequence = line.substring(2, 5).trim();
          iban = switch (structure) {
            case '2' -> line.substring(5, 21).trim();
            case '3' -> line.substring(5, 39).trim();
            default -> throw new InvalidStatementException("CODA, ligne " + number
                + " : le compte n'est pas donné en IBAN (structure « " + structure + " ») ; demandez à la banque un CODA avec IBAN.");
          };
        }
        case '2' -> {
          char article = line.charAt(1);
          if (article == '1') {
            current = movement(line, number);
            movements.add(current);
          } else if (current == null || !current.sequence.equals(line.substring(2, 6))) {
            throw new InvalidStatementException("CODA, ligne " + number + " : enregistrement 2" + article + " sans mouvement 21.");
          } else if (article == '2') {
            current.communication.append(line, 10, 63);
          } else if (article == '3') {
            String account = line.substring(10, 44).trim();
            // an IBAN fills the field; an old Belgian number is 12 digits followed by a blank and the currency
            current.counterpartyIban = line.charAt(22) == ' ' ? null : Ibans.normalise(account);
            current.counterpartyName = line.substring(47, 82).trim();
            current.communication.append(line, 82, 125);
          }
        }
        case '3' -> {
          char article = line.charAt(1);
          if (current != null && current.sequence.equals(line.substring(2, 6))) {
            // information records: only their free communication (structure 0) adds to the movement's
            if (article == '1' && line.charAt(39) == '0') {
              current.communication.append(' ').append(line, 40, 113);
            } else if (article == '2') {
              current.communication.append(line, 10, 115);
            } else if (article == '3') {
              current.communication.append(line, 10, 100);
            }
          }
        }
        case '4' -> { }
        case '8' -> newBalanceDate = date(line, 57, number);
        case '9' -> trailer = true;
        default -> throw new InvalidStatementException("CODA, ligne " + number + " : type d'enregistrement « " + type + " » inconnu.");
      }
    }
    if (creationDate == null || iban == null || iban.isEmpty()) {
      throw new InvalidStatementException("Ce fichier n'est pas un relevé CODA : l'en-tête (0) ou l'ancien solde (1) manque.");
    }
    if (!trailer) {
      throw new InvalidStatementException("Le relevé CODA est incomplet : l'enregistrement final (9) manque.");
    }
    return statement(Ibans.normalise(iban), paperSequence, newBalanceDate != null ? newBalanceDate : creationDate, movements);
  }

  private static ParsedStatement statement(String iban, String paperSequence, LocalDate date, List<Movement> movements) {
    // a globalised movement (detail 0000) followed by its details: the details are the payments
    Map<String, List<Movement>> bySequence = new LinkedHashMap<>();
    movements.forEach(m -> bySequence.computeIfAbsent(m.sequence, s -> new ArrayList<>()).add(m));
    List<ParsedStatement.Credit> credits = new ArrayList<>();
    int debits = 0;
    for (List<Movement> group : bySequence.values()) {
      List<Movement> payments = group.size() > 1 ? group.subList(1, group.size()) : group;
      for (Movement m : payments) {
        if (m.debit) {
          debits++;
          continue;
        }
        String ref = m.bankRef.isEmpty() ? null : m.bankRef + (m.detail.equals("0000") ? "" : "/" + m.detail);
        credits.add(Credits.of(ref, m.entryDate != null ? m.entryDate : m.valueDate, m.valueDate, m.amount, "EUR",
            m.counterpartyName, m.counterpartyIban, m.structured != null ? m.structured : m.communication.toString(), m.structured));
      }
    }
    String ref = date.getYear() + "-" + (paperSequence == null || paperSequence.isEmpty() ? "000" : paperSequence);
    return new ParsedStatement(StatementFormat.CODA, iban, ref, date, credits, debits);
  }

  private static Movement movement(String line, int number) {
    String amountDigits = line.substring(32, 47);
    if (!amountDigits.matches("[0-9]{15}")) {
      throw new InvalidStatementException("CODA, ligne " + number + " : montant illisible « " + amountDigits + " ».");
    }
    BigDecimal amount = new BigDecimal(amountDigits).movePointLeft(3);
    String structured = null;
    String free = null;
    if (line.charAt(61) == '1') {
      String kind = line.substring(62, 65);
      if ("101".equals(kind) || "102".equals(kind)) {
        structured = line.substring(65, 77);
      } else {
        free = line.substring(65, 115);
      }
    } else {
      free = line.substring(62, 115);
    }
    Movement movement = new Movement(line.substring(2, 6), line.substring(6, 10), line.substring(10, 31).trim(),
        line.charAt(31) == '1', amount, date(line, 47, number), dateOrNull(line.substring(115, 121)), structured);
    if (free != null) {
      movement.communication.append(free);
    }
    return movement;
  }

  private static LocalDate date(String line, int from, int number) {
    LocalDate date = dateOrNull(line.substring(from, from + 6));
    if (date == null) {
      throw new InvalidStatementException("CODA, ligne " + number + " : date illisible « " + line.substring(from, from + 6) + " » (JJMMAA).");
    }
    return date;
  }

  private static LocalDate dateOrNull(String ddmmyy) {
    if (!ddmmyy.matches("[0-9]{6}") || ddmmyy.equals("000000")) {
      return null;
    }
    try {
      LocalDate parsed = LocalDate.parse(ddmmyy, DDMMYY);
      // two-digit years: CODA statements are from this century
      return parsed.getYear() > 2069 ? parsed.minusYears(100) : parsed;
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
