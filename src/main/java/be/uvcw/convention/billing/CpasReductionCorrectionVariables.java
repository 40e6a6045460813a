package be.uvcw.convention.billing;

import static be.uvcw.convention.platform.process.ProcessVariable.commaList;
import static be.uvcw.convention.platform.process.ProcessVariable.count;
import static be.uvcw.convention.platform.process.ProcessVariable.text;

import be.uvcw.convention.platform.process.CommonVariables;
import be.uvcw.convention.platform.process.ProcessContract;
import be.uvcw.convention.platform.process.ProcessVariable;
import java.util.List;

/** The variables of {@code cpas-reduction-correction}. */
@ProcessContract("cpas-reduction-correction")
public final class CpasReductionCorrectionVariables {

  public static final ProcessVariable<Long> CONVENTION_ID = CommonVariables.CONVENTION_ID;
  public static final ProcessVariable<Long> ORGANISATION_ID = CommonVariables.ORGANISATION_ID;
  public static final ProcessVariable<String> ORGANISATION_NAME = CommonVariables.ORGANISATION_NAME;
  public static final ProcessVariable<String> TENANT_ID = CommonVariables.TENANT_ID;
  public static final ProcessVariable<String> CAUSE = text("cause", "why the reduction changed (French, on the credit notes)");
  public static final ProcessVariable<Integer> CORRECTED_MONTH_COUNT = count("correctedMonthCount", null);
  public static final ProcessVariable<List<String>> CREDIT_NOTE_NUMBERS = commaList("creditNoteNumbers", null);
  public static final ProcessVariable<List<String>> SUPPLEMENTARY_INVOICE_IDS = commaList("supplementaryInvoiceIds", null);

  private CpasReductionCorrectionVariables() {}
}
