package energy.mwolo.audit.log.application;

import energy.mwolo.audit.log.model.Anchor;
import energy.mwolo.audit.log.model.AuditLog;
import energy.mwolo.audit.log.model.ChainWalk;
import energy.mwolo.audit.log.model.Hash;
import energy.mwolo.audit.log.model.Verification;
import energy.mwolo.platform.security.CurrentUser;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Walks the chain recomputing every link and hash and compares it with the signed checkpoints. A range that does
 * not start at 1 is checked inside (and linked to the entry just before it); only a walk from 1 proves the whole.
 */
@Service
public class VerifyingChain {

    private final AuditLog log;
    private final ChainAnchors anchors;
    private final TransactionTemplate snapshot;
    private final ChainMetrics metrics;

    VerifyingChain(AuditLog log, ChainAnchors anchors, PlatformTransactionManager transactions,
                   ChainMetrics metrics) {
        this.log = log;
        this.anchors = anchors;
        this.metrics = metrics;
        this.snapshot = new TransactionTemplate(transactions);
        snapshot.setReadOnly(true);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    public Verification verify(Long from, Long to, CurrentUser user) {
        AuditAccess.requireRead(user);
        long start = from == null ? 1 : from;
        if (start < 1) {
            throw new InvalidParameter("from", "audit.verify.from_invalid");
        }
        if (to != null && to < start) {
            throw new InvalidParameter("to", "audit.verify.to_before_from");
        }
        return verify(start, to);
    }

    /** Verifies entries {@code from} to {@code to} (inclusive; {@code null}: to the end). */
    public Verification verify(long from, Long to) {
        List<Anchor> inRange = anchors.all().stream().filter(a -> to == null || a.seq() <= to).toList();
        Verification result = snapshot.execute(status -> {
            Hash linkIn = from == 1 ? Hash.GENESIS : log.entry(from - 1).map(e -> e.hash()).orElse(null);
            ChainWalk walk = ChainWalk.from(from, linkIn, inRange);
            log.walk(from, to, walk::accept);
            return walk.finish();
        });
        metrics.verified(result, from == 1 && to == null);
        return result;
    }
}
