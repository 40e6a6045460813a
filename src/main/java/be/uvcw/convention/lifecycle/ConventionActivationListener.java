package be.uvcw.convention.lifecycle;

import be.uvcw.convention.convention.ConventionActivatedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Onboarding's « Convention activée » starts the convention's lifecycle. A plain (synchronous)
 * listener on purpose: it runs in the onboarding job's transaction, so the lifecycle starts if and
 * only if the activation commits, and a failure here retries that job.
 */
@Component
class ConventionActivationListener {

  private final ConventionLifecycleService lifecycle;

  ConventionActivationListener(ConventionLifecycleService lifecycle) {
    this.lifecycle = lifecycle;
  }

  @EventListener
  void startLifecycle(ConventionActivatedEvent event) {
    lifecycle.start(event.conventionId());
  }
}
