package energy.mwolo.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UuidsTest {

    @Test
    void idsAreVersionSevenWithTheStandardVariant() {
        UUID id = Uuids.timeOrdered();

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
    }

    @Test
    void theIdCarriesItsCreationTimeInItsFirstBits() {
        long before = System.currentTimeMillis();
        UUID id = Uuids.timeOrdered();
        long after = System.currentTimeMillis();

        assertThat(id.getMostSignificantBits() >>> 16).isBetween(before, after);
    }

    @Test
    void anIdMadeLaterSortsAfterAsUuidAndAsText() throws InterruptedException {
        UUID earlier = Uuids.timeOrdered();
        Thread.sleep(2);
        UUID later = Uuids.timeOrdered();

        assertThat(earlier).isLessThan(later);
        assertThat(earlier.toString()).isLessThan(later.toString());
    }

    @Test
    void tenThousandIdsAreAllDifferent() {
        Set<UUID> ids = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            ids.add(Uuids.timeOrdered());
        }

        assertThat(ids).hasSize(10_000);
    }
}
