package energy.mwolo.audit.log.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChainWalkTest {

    private final List<AuditEntry> chain = Entries.chain(10);

    @Test
    void anUntouchedChainIsValidAndEveryEntryIsChecked() {
        Verification result = walk(chain, List.of(anchorAt(4, "1"), anchorAt(10, "2")));

        assertThat(result.valid()).isTrue();
        assertThat(result.checked()).isEqualTo(10);
        assertThat(result.firstInvalidSeq()).isNull();
        assertThat(result.checkpoints()).isEqualTo(2);
    }

    @Test
    void entriesSealedInVersion1AndTheVersion2EntriesAfterThemVerifyAsOneChain() {
        List<AuditEntry> old = Entries.chainOfVersion1(ChainHead.EMPTY, 1, 4);
        List<AuditEntry> mixed = new ArrayList<>(old);
        IncomingEvent cut = new IncomingEvent("cut", "geo.AgencyOpened", "geo-service", null, null, null,
                Entries.RECEIVED, new Origin("geo.agency.events", 0, 5), new byte[] {'{'}, new Truncation(true, true));
        mixed.addAll(old.get(3).asHead().link(List.of(Entries.event(5), cut),
                List.of(Payload.json(Entries.json(5)), Payload.invalid(new byte[] {'{'}))));

        assertThat(mixed).extracting(AuditEntry::format).containsExactly(1, 1, 1, 1, 2, 2);
        Verification result = walk(mixed, List.of(new Anchor(5, mixed.get(4).hash(), 5, true, "1")));
        assertThat(result.valid()).isTrue();
        assertThat(result.checked()).isEqualTo(6);
    }

    @Test
    void aTruncationFlagChangedInVersion2IsFoundAtItsEntry() {
        List<AuditEntry> tampered = new ArrayList<>(chain);
        AuditEntry e = chain.get(2);
        tampered.set(2, new AuditEntry(e.seq(), e.eventId(), e.type(), e.source(), e.subject(), e.actor(),
                e.occurredAt(), e.receivedAt(), e.origin(), e.payload(), new Truncation(false, true), e.format(),
                e.prevHash(), e.hash()));

        assertThat(walk(tampered, List.of())).extracting(Verification::firstInvalidSeq, Verification::reason)
                .containsExactly(3L, Breach.HASH_MISMATCH);
    }

    @Test
    void aVersion2EntryPassedOffAsVersion1IsFoundAtItsEntry() {
        List<AuditEntry> tampered = new ArrayList<>(chain);
        AuditEntry e = chain.get(2);
        tampered.set(2, new AuditEntry(e.seq(), e.eventId(), e.type(), e.source(), e.subject(), e.actor(),
                e.occurredAt(), e.receivedAt(), e.origin(), e.payload(), e.prevHash(), e.hash()));

        assertThat(walk(tampered, List.of())).extracting(Verification::firstInvalidSeq, Verification::reason)
                .containsExactly(3L, Breach.HASH_MISMATCH);
    }

    @Test
    void aChangedPayloadIsFoundAtItsEntry() {
        List<AuditEntry> tampered = new ArrayList<>(chain);
        tampered.set(5, Entries.withPayload(chain.get(5), "{\"n\": 666}"));

        assertThat(walk(tampered, List.of())).extracting(Verification::firstInvalidSeq, Verification::reason)
                .containsExactly(6L, Breach.HASH_MISMATCH);
    }

    @Test
    void aDeletedEntryIsFoundAsMissing() {
        List<AuditEntry> tampered = new ArrayList<>(chain);
        tampered.remove(3);

        assertThat(walk(tampered, List.of())).extracting(Verification::firstInvalidSeq, Verification::reason)
                .containsExactly(4L, Breach.MISSING_ENTRY);
    }

    @Test
    void twoSwappedEntriesAreFoundAtTheFirstOfThem() {
        List<AuditEntry> tampered = new ArrayList<>(chain);
        tampered.set(2, swapContent(chain.get(2), chain.get(7)));
        tampered.set(7, swapContent(chain.get(7), chain.get(2)));

        assertThat(walk(tampered, List.of()).firstInvalidSeq()).isEqualTo(3L);
    }

    @Test
    void aRewriteWithRecomputedHashesPassesTheLinksButNotTheFirstCheckpointAfterIt() {
        List<AuditEntry> rewritten = rewriteFrom(6);

        assertThat(walk(rewritten, List.of()).valid()).as("without checkpoints").isTrue();
        Verification result = walk(rewritten, List.of(anchorAt(3, "1"), anchorAt(8, "2"), anchorAt(10, "3")));
        assertThat(result).extracting(Verification::firstInvalidSeq, Verification::reason,
                        Verification::lastCheckpointSeq, Verification::anchorLabel)
                .containsExactly(8L, Breach.CHECKPOINT_MISMATCH, 3L, "2");
    }

    @Test
    void aCheckpointWhoseSignatureFailsIsAFinding() {
        Anchor forged = new Anchor(5, chain.get(4).hash(), 5, false, "7");

        assertThat(walk(chain, List.of(forged))).extracting(Verification::firstInvalidSeq, Verification::reason)
                .containsExactly(5L, Breach.CHECKPOINT_UNTRUSTED);
    }

    @Test
    void aChainShorterThanASignedCheckpointLostItsTail() {
        Verification result = walk(chain.subList(0, 7), List.of(anchorAt(10, "4")));

        assertThat(result).extracting(Verification::firstInvalidSeq, Verification::reason)
                .containsExactly(8L, Breach.CHAIN_SHORTER_THAN_CHECKPOINT);
    }

    @Test
    void aWalkFromTheMiddleChecksTheLinkIntoItsFirstEntry() {
        ChainWalk fromFive = ChainWalk.from(5, chain.get(2).hash(), List.of());
        chain.subList(4, 10).forEach(fromFive::accept);

        assertThat(fromFive.finish()).extracting(Verification::firstInvalidSeq, Verification::reason)
                .containsExactly(5L, Breach.BROKEN_LINK);
        ChainWalk linked = ChainWalk.from(5, chain.get(3).hash(), List.of(anchorAt(6, "1")));
        chain.subList(4, 10).forEach(linked::accept);
        assertThat(linked.finish().checked()).isEqualTo(6);
    }

    private Anchor anchorAt(int seq, String label) {
        return new Anchor(seq, chain.get(seq - 1).hash(), seq, true, label);
    }

    private List<AuditEntry> rewriteFrom(int seq) {
        List<AuditEntry> rewritten = new ArrayList<>(chain.subList(0, seq - 1));
        Hash previous = chain.get(seq - 2).hash();
        for (AuditEntry original : chain.subList(seq - 1, chain.size())) {
            AuditEntry changed = original.seq() == seq ? Entries.withPayload(original, "{\"n\": 0}") : original;
            AuditEntry resealed = Entries.resealed(changed, previous);
            rewritten.add(resealed);
            previous = resealed.hash();
        }
        return rewritten;
    }

    private static AuditEntry swapContent(AuditEntry at, AuditEntry from) {
        return new AuditEntry(at.seq(), from.eventId(), from.type(), from.source(), from.subject(), from.actor(),
                from.occurredAt(), from.receivedAt(), from.origin(), from.payload(), from.truncation(), from.format(),
                from.prevHash(), from.hash());
    }

    private static Verification walk(List<AuditEntry> entries, List<Anchor> anchors) {
        ChainWalk walk = ChainWalk.fromStart(anchors);
        for (AuditEntry entry : entries) {
            if (!walk.accept(entry)) {
                break;
            }
        }
        return walk.finish();
    }
}
