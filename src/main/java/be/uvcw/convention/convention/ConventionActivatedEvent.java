package be.uvcw.convention.convention;

/**
 * Published when an onboarding reaches « Convention activée »: the space is ready and the
 * signatories have their access. Billing issues the first invoice on it; the lifecycle work starts
 * {@code convention-lifecycle}. Published inside the engine's transaction: a listener that must
 * not run for a rolled-back job uses {@code @TransactionalEventListener}.
 */
public record ConventionActivatedEvent(Long conventionId) {}
