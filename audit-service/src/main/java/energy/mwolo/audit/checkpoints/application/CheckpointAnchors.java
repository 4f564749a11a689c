package energy.mwolo.audit.checkpoints.application;

import energy.mwolo.audit.checkpoints.model.Checkpoints;
import energy.mwolo.audit.log.application.ChainAnchors;
import energy.mwolo.audit.log.model.Anchor;
import java.util.List;
import org.springframework.stereotype.Component;

/** Every stored checkpoint as an anchor for verification, trusted only if a trusted key signed it. */
@Component
class CheckpointAnchors implements ChainAnchors {

    private final Checkpoints checkpoints;
    private final CheckpointKeys keys;

    CheckpointAnchors(Checkpoints checkpoints, CheckpointKeys keys) {
        this.checkpoints = checkpoints;
        this.keys = keys;
    }

    @Override
    public List<Anchor> all() {
        return checkpoints.all().stream().map(c -> c.asAnchor(keys.trusted().vouchFor(c))).toList();
    }
}
