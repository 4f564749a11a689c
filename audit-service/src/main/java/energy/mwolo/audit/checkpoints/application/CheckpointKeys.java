package energy.mwolo.audit.checkpoints.application;

import energy.mwolo.audit.checkpoints.model.SigningKey;
import energy.mwolo.audit.checkpoints.model.TrustedKeys;

/** The key that signs new checkpoints, and the keys whose checkpoints are believed. */
public interface CheckpointKeys {

    SigningKey signing();

    TrustedKeys trusted();
}
