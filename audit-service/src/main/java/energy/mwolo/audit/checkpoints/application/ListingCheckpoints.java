package energy.mwolo.audit.checkpoints.application;

import energy.mwolo.audit.checkpoints.model.Checkpoint;
import energy.mwolo.audit.checkpoints.model.Checkpoints;
import energy.mwolo.audit.checkpoints.model.SigningKey;
import energy.mwolo.audit.log.application.AuditAccess;
import energy.mwolo.platform.security.CurrentUser;
import java.util.List;
import org.springframework.stereotype.Service;

/** Checkpoints as stored, newest first, each with whether its signature checks out; and the public key. */
@Service
public class ListingCheckpoints {

    private final Checkpoints checkpoints;
    private final CheckpointKeys keys;

    ListingCheckpoints(Checkpoints checkpoints, CheckpointKeys keys) {
        this.checkpoints = checkpoints;
        this.keys = keys;
    }

    public record Listed(Checkpoint checkpoint, boolean signatureValid) {
    }

    public long count(CurrentUser user) {
        AuditAccess.requireRead(user);
        return checkpoints.count();
    }

    public List<Listed> newestFirst(long offset, int limit) {
        return checkpoints.newestFirst(offset, limit).stream()
                .map(c -> new Listed(c, keys.trusted().vouchFor(c)))
                .toList();
    }

    /** The key that verifies this service's checkpoints: base64 of its X.509 encoding. */
    public record PublicKey(String algorithm, String keyId, String base64) {
    }

    public PublicKey publicKey(CurrentUser user) {
        AuditAccess.requireRead(user);
        SigningKey key = keys.signing();
        return new PublicKey(SigningKey.ALGORITHM, key.id(), key.publicKeyBase64());
    }
}
