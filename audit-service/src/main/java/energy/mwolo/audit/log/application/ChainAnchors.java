package energy.mwolo.audit.log.application;

import energy.mwolo.audit.log.model.Anchor;
import java.util.List;

/** Statements about the chain kept outside the database (signed checkpoints), signatures already checked. */
public interface ChainAnchors {

    List<Anchor> all();
}
