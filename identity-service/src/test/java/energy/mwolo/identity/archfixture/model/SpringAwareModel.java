package energy.mwolo.identity.archfixture.model;

import org.springframework.stereotype.Component;

/** A model class that imports Spring: the architecture rule must flag it. */
@Component
public class SpringAwareModel {
}
