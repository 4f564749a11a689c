package energy.mwolo.audit.checkpoints.application;

import energy.mwolo.audit.checkpoints.model.Checkpoint;
import energy.mwolo.audit.checkpoints.model.CheckpointPolicy;
import energy.mwolo.audit.checkpoints.model.Checkpoints;
import energy.mwolo.audit.checkpoints.model.SigningKey;
import energy.mwolo.audit.checkpoints.model.TrustedKeys;
import energy.mwolo.audit.log.model.AuditLog;
import energy.mwolo.audit.log.model.ChainHead;
import energy.mwolo.audit.log.model.ChainWalk;
import energy.mwolo.audit.log.model.Hash;
import energy.mwolo.audit.log.model.Verification;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Signs the chain head when a checkpoint is due, one signer at a time while appends go on: entries up to a committed
 * head never change, so the head read first and the walk read after agree. It signs only a chain that still
 * verifies from the previous checkpoint: a tampered chain is refused and reported ({@code audit.checkpoints.refused}),
 * never blessed.
 */
@Service
public class TakingCheckpoints {

    private static final Logger log = LoggerFactory.getLogger(TakingCheckpoints.class);

    private final AuditLog chain;
    private final Checkpoints checkpoints;
    private final SigningKey key;
    private final TrustedKeys trusted;
    private final CheckpointPolicy policy;
    private final TransactionTemplate transaction;
    private final Counter refused;

    TakingCheckpoints(AuditLog chain, Checkpoints checkpoints, CheckpointKeys keys, CheckpointSettings settings,
                      PlatformTransactionManager transactions, MeterRegistry meters) {
        this.chain = chain;
        this.checkpoints = checkpoints;
        this.key = keys.signing();
        this.trusted = keys.trusted();
        this.policy = settings.policy();
        this.transaction = new TransactionTemplate(transactions);
        this.refused = Counter.builder("audit.checkpoints.refused")
                .description("Checkpoints not signed because the chain no longer verified").register(meters);
    }

    @Scheduled(fixedDelayString = "${mwolo.audit.checkpoints.poll-interval:PT10S}",
            initialDelayString = "${mwolo.audit.checkpoints.poll-interval:PT10S}")
    void takeIfDue() {
        try {
            take(false);
        } catch (RuntimeException e) {
            log.warn("Could not take a checkpoint; trying again at the next poll", e);
        }
    }

    /** A checkpoint of the current head, or the latest one if it already covers the head; empty if refused. */
    public Optional<Checkpoint> takeNow() {
        return take(true);
    }

    private Optional<Checkpoint> take(boolean force) {
        return transaction.execute(status -> {
            ChainHead head = chain.lockHeadForSigning();
            Optional<Checkpoint> last = checkpoints.latest();
            if (last.isPresent() && last.get().seq() >= head.seq()) {
                return last;
            }
            Instant now = Instant.now();
            if (head.seq() == 0 || !force && !policy.due(head.seq(), last, now)) {
                return Optional.empty();
            }
            Verification segment = verifySince(last, head);
            if (!segment.valid()) {
                refused.increment();
                log.error("Refusing to sign the audit chain at seq {}: {} at seq {} since {}", head.seq(),
                        segment.reason().code(), segment.firstInvalidSeq(),
                        last.map(c -> "checkpoint " + c.number()).orElse("the start"));
                return Optional.empty();
            }
            Checkpoint checkpoint = Checkpoint.sign(last.map(Checkpoint::number).orElse(0L) + 1, head, now, key);
            checkpoints.add(checkpoint);
            log.info("Checkpoint {} signed at seq {} (hash {})", checkpoint.number(), head.seq(), head.hash());
            return Optional.of(checkpoint);
        });
    }

    private Verification verifySince(Optional<Checkpoint> last, ChainHead head) {
        long from = last.map(Checkpoint::seq).orElse(1L);
        Hash linkIn = last.isPresent() ? null : Hash.GENESIS;
        ChainWalk walk = ChainWalk.from(from, linkIn,
                last.map(c -> List.of(c.asAnchor(trusted.vouchFor(c)))).orElse(List.of()));
        chain.walk(from, head.seq(), walk::accept);
        return walk.finish();
    }
}
