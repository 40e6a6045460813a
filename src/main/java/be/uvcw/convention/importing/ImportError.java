package be.uvcw.convention.importing;

/** One problem in one row, said in French with the row and the column. */
public record ImportError(int row, String column, String message) {

  public String text() {
    return "Ligne " + row + (column == null ? "" : ", colonne « " + column + " »") + " : " + message;
  }
}
