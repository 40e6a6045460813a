package be.uvcw.convention.payment;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** Reads an uploaded statement whatever its format: camt.053 (XML) or CODA (fixed records). */
public final class StatementReader {

  private StatementReader() {}

  public static ParsedStatement read(byte[] content) {
    if (content == null || content.length == 0) {
      throw new InvalidStatementException("Le fichier du relevé est vide.");
    }
    String text = new String(content, StandardCharsets.UTF_8).stripLeading();
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    if (text.startsWith("<")) {
      try {
        return CamtStatementReader.read(text);
      } catch (InvalidStatementException e) {
        throw e;
      } catch (RuntimeException e) {
        throw new InvalidStatementException("Le relevé camt.053 est illisible : vérifiez qu'il s'agit bien du fichier XML de la banque.", e);
      }
    }
    if (text.startsWith("0000")) {
      // CODA is ISO-8859-1 (Latin-1) at most Belgian banks; UTF-8 files read the same for the fields we use
      return CodaStatementReader.read(new String(content, Charset.forName("ISO-8859-1")));
    }
    throw new InvalidStatementException("Format de relevé non reconnu : envoyez un fichier camt.053 (XML) ou CODA (.cod).");
  }
}
