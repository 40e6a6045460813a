package be.uvcw.convention.testsupport;

import be.uvcw.convention.convention.ConventionActivatedEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Remembers every ConventionActivatedEvent published in the test context (tests filter by their own id). */
@Component
public class RecordedConventionActivations {

  private final List<Long> conventionIds = new CopyOnWriteArrayList<>();

  @EventListener
  void on(ConventionActivatedEvent event) {
    conventionIds.add(event.conventionId());
  }

  public boolean contains(Long conventionId) {
    return conventionIds.contains(conventionId);
  }
}
