package be.uvcw.convention.adaptation;

import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/** The delivery multi-instance's collection: evaluated by expression, so no list is stored as a variable. */
@Component("adaptationDeliveries")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AdaptationDeliveries {
  private final AdaptationService adaptations;

  public List<Long> targetOrganisations(Long adaptationRequestId) {
    return adaptations.deliveryTargets(adaptationRequestId);
  }
}
