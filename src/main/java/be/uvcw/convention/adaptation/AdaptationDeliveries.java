package be.uvcw.convention.adaptation;

import java.util.List;
import org.springframework.stereotype.Component;

/** The delivery multi-instance's collection: evaluated by expression, so no list is stored as a variable. */
@Component("adaptationDeliveries")
public class AdaptationDeliveries {
  private final AdaptationService adaptations;

  AdaptationDeliveries(AdaptationService adaptations) {
    this.adaptations = adaptations;
  }

  public List<Long> targetOrganisations(Long adaptationRequestId) {
    return adaptations.deliveryTargets(adaptationRequestId);
  }
}
