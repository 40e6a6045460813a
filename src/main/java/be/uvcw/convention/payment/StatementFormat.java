package be.uvcw.convention.payment;

/** The statement formats Belgian banks deliver (values of {@code bank_statement.format}). */
public enum StatementFormat {
  CAMT_053_001_02("camt.053.001.02"),
  CAMT_053_001_08("camt.053.001.08"),
  CODA("CODA 2");

  private final String label;

  StatementFormat(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
