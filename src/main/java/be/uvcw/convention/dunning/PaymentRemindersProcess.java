package be.uvcw.convention.dunning;

import be.uvcw.convention.identity.ProcessStarter;
import be.uvcw.convention.platform.BusinessKeys;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * The engine's side of {@code payment-reminders}: the only code that starts it (one instance per
 * overdue invoice, business key {@code invoice-<number>}) and correlates « FactureSoldee » to it.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class PaymentRemindersProcess {

  public static final String KEY = "payment-reminders";
  public static final String SETTLED_MESSAGE = "FactureSoldee";

  private final ProcessStarter processes;

  public static String businessKey(String invoiceNumber) {
    return BusinessKeys.of("invoice", invoiceNumber);
  }

  /** Returns the new instance's id. */
  String start(String invoiceNumber, Map<String, Object> variables) {
    return processes.start(KEY, businessKey(invoiceNumber), variables);
  }

  /** The invoice is paid or credited: its reminders stop (nothing when none is running). */
  void settled(String invoiceNumber) {
    processes.correlateAll(SETTLED_MESSAGE, businessKey(invoiceNumber));
  }
}
