package be.uvcw.convention.quota;

import be.uvcw.convention.error.BadInput;

/**
 * Art. 6.3: 3 GB per User. Crossing 90% warns once; dropping below resets it. Going over 100%
 * opens one quota-exceedance for the maintenance team per crossing. Pure rules.
 */
public final class QuotaRules {

  public static final int WARNING_PERCENT = 90;

  private QuotaRules() {}

  /** Where the space stands now and what the crossing (if any) asks for. */
  public record Assessment(boolean aboveWarning, boolean aboveQuota, boolean warn, boolean openTask) {}

  public static Assessment assess(long usedBytes, long quotaBytes, boolean wasAboveWarning, boolean wasAboveQuota) {
    boolean aboveWarning = usedBytes * 100 >= quotaBytes * WARNING_PERCENT;
    boolean aboveQuota = usedBytes > quotaBytes;
    return new Assessment(aboveWarning, aboveQuota, aboveWarning && !wasAboveWarning, aboveQuota && !wasAboveQuota);
  }

  /** What the maintenance team did about an exceedance: required, at most 2000 characters (French refusal otherwise). */
  public static String actionsTaken(Object text) {
    if (text == null || text.toString().isBlank()) {
      throw new BadInput("Indiquez les actions entreprises pour libérer de l'espace.");
    }
    String actions = text.toString().trim();
    if (actions.length() > 2000) {
      throw new BadInput("Les actions entreprises comptent au plus 2000 caractères.");
    }
    return actions;
  }
}
