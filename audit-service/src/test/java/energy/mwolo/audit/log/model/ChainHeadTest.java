package energy.mwolo.audit.log.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChainHeadTest {

    @Test
    void linksEventsAfterTheHeadWithConsecutiveNumbersEachOnTheHashBefore() {
        List<AuditEntry> first = Entries.chain(3);
        ChainHead head = first.get(2).asHead();

        List<AuditEntry> next = head.link(List.of(Entries.event(4), Entries.event(5)),
                List.of(Payload.json(Entries.json(4)), Payload.invalid(new byte[] {1, 2})));

        assertThat(first.get(0).prevHash()).isEqualTo(Hash.GENESIS);
        assertThat(first).extracting(AuditEntry::seq).containsExactly(1L, 2L, 3L);
        assertThat(next).extracting(AuditEntry::seq).containsExactly(4L, 5L);
        assertThat(next.get(0).prevHash()).isEqualTo(first.get(2).hash());
        assertThat(next.get(1).prevHash()).isEqualTo(next.get(0).hash());
        assertThat(next).allMatch(AuditEntry::sealIntact);
    }

    @Test
    void theSameEventsAfterTheSameHeadGiveTheSameHashes() {
        assertThat(Entries.chain(4)).extracting(AuditEntry::hash)
                .containsExactlyElementsOf(Entries.chain(4).stream().map(AuditEntry::hash).toList());
    }
}
