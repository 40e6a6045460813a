package be.uvcw.convention.integrity;

import be.uvcw.convention.error.Refusal;
import org.camunda.bpm.engine.impl.delegate.DelegateInvocation;
import org.camunda.bpm.engine.impl.interceptor.DelegateInterceptor;
import org.camunda.bpm.engine.impl.delegate.DefaultDelegateInterceptor;

/**
 * Wraps the engine's delegate interceptor (every listener, delegate and expression goes through it)
 * to note the refusal a listener or delegate threw during an engine call made for a web request.
 * The engine then wraps it (ENGINE-03051, "Cannot complete task …") before the REST layer sees it;
 * EngineDoorFilter reads the noted refusal to answer with its status and French message.
 * Only threads that opened a record (web requests through the filter) keep anything.
 */
final class RefusalRecorder implements DelegateInterceptor {

  private static final ThreadLocal<Refusal[]> RECORD = new ThreadLocal<>();

  private final DelegateInterceptor delegate;

  RefusalRecorder(DelegateInterceptor delegate) {
    this.delegate = delegate == null ? new DefaultDelegateInterceptor() : delegate;
  }

  @Override
  public void handleInvocation(DelegateInvocation invocation) throws Exception {
    try {
      delegate.handleInvocation(invocation);
    } catch (Exception | Error failure) {
      Refusal[] record = RECORD.get();
      if (record != null && record[0] == null) {
        record[0] = Refusal.of(failure);
      }
      throw failure;
    }
  }

  static void open() {
    RECORD.set(new Refusal[1]);
  }

  /** The refusal noted so far on this thread's open record, or null (the record stays open). */
  static Refusal noted() {
    Refusal[] record = RECORD.get();
    return record == null ? null : record[0];
  }

  /** The first refusal noted since {@link #open()}, or null; the record is closed. */
  static Refusal close() {
    Refusal[] record = RECORD.get();
    RECORD.remove();
    return record == null ? null : record[0];
  }
}
