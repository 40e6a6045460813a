package be.uvcw.convention.billing;

import static be.uvcw.convention.platform.process.ProcessVariable.id;
import static be.uvcw.convention.platform.process.ProcessVariable.text;

import be.uvcw.convention.platform.process.CommonVariables;
import be.uvcw.convention.platform.process.ProcessContract;
import be.uvcw.convention.platform.process.ProcessVariable;

/** What the first invoice's steps read and write in {@code onboarding}. */
@ProcessContract("onboarding")
public final class FirstInvoiceVariables {

  public static final ProcessVariable<Long> CONVENTION_ID = CommonVariables.CONVENTION_ID;
  /** Empty when a retry found the months already invoiced. */
  public static final ProcessVariable<Long> FIRST_INVOICE_ID = id("firstInvoiceId", null);
  public static final ProcessVariable<String> FIRST_INVOICE_NUMBER = text("firstInvoiceNumber", null);

  private FirstInvoiceVariables() {}
}
