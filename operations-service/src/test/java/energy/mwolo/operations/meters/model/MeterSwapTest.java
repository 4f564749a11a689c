package energy.mwolo.operations.meters.model;

import static energy.mwolo.operations.meters.model.MeterFixtures.NOW;
import static energy.mwolo.operations.meters.model.MeterFixtures.OTHER_SITE;
import static energy.mwolo.operations.meters.model.MeterFixtures.SITE;
import static energy.mwolo.operations.meters.model.MeterFixtures.contractOn;
import static energy.mwolo.operations.meters.model.MeterFixtures.kwh;
import static energy.mwolo.operations.meters.model.MeterFixtures.meter;
import static energy.mwolo.operations.meters.model.MeterFixtures.meterOn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import energy.mwolo.operations.kernel.InvalidField;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MeterSwapTest {

    private static final Instant SWAPPED = NOW.minusSeconds(600);

    @Test
    void aSwapClosesTheOldLinkAndOpensTheContractsNewOneAtTheSameInstantEachNamingTheOther() {
        Meter old = meter("1001");
        Meter replacement = meter("1002");
        ServedContract contract = contractOn(SITE);
        old.link(contract, kwh("1204.5"), NOW.minusSeconds(86_000), NOW.minusSeconds(86_000));
        old.pullEvents();

        MeterSwap.swap(old, replacement, kwh("8731.25"), kwh("0"), SWAPPED, NOW);

        MeterLink closed = old.links().get(0);
        MeterLink opened = replacement.currentLink().orElseThrow();
        assertThat(old.currentLink()).isEmpty();
        assertThat(closed.closing()).isEqualTo(kwh("8731.25"));
        assertThat(closed.unlinkedAt()).isEqualTo(SWAPPED);
        assertThat(closed.replacedByMeter()).isEqualTo(replacement.id());
        assertThat(opened.contract()).isEqualTo(contract.id());
        assertThat(opened.linkedAt()).isEqualTo(SWAPPED);
        assertThat(opened.opening()).isEqualTo(kwh("0"));
        assertThat(opened.replacesMeter()).isEqualTo(old.id());
        assertThat(old.pullEvents()).containsExactly(new MeterEvent.Unlinked(closed, NOW));
        assertThat(replacement.pullEvents()).containsExactly(new MeterEvent.Linked(opened, NOW));
    }

    @Test
    void aMeterThatMeasuresNothingCannotBeSwappedOut() {
        Meter old = meter("1003");
        Meter replacement = meter("1004");

        assertThatThrownBy(() -> MeterSwap.swap(old, replacement, kwh("1"), kwh("0"), SWAPPED, NOW))
                .isInstanceOf(MeterNotLinked.class);
        assertThat(replacement.currentLink()).isEmpty();
    }

    @Test
    void theReplacementMustBeFreeOnTheSameSiteAndAnotherMeter() {
        Meter old = meter("1005");
        old.link(contractOn(SITE), kwh("0"), SWAPPED.minusSeconds(60), SWAPPED);
        Meter busy = meter("1006");
        busy.link(contractOn(SITE), kwh("0"), SWAPPED.minusSeconds(60), SWAPPED);
        Meter elsewhere = meterOn("1007", OTHER_SITE, true);

        assertThatThrownBy(() -> MeterSwap.swap(old, busy, kwh("5"), kwh("0"), SWAPPED, NOW))
                .isInstanceOf(MeterAlreadyLinked.class);
        assertThatThrownBy(() -> MeterSwap.swap(old, elsewhere, kwh("5"), kwh("0"), SWAPPED, NOW))
                .isInstanceOfSatisfying(InvalidField.class,
                        e -> assertThat(e.code()).isEqualTo("meters.swap.another_site"));
        assertThatThrownBy(() -> MeterSwap.swap(old, old, kwh("5"), kwh("0"), SWAPPED, NOW))
                .isInstanceOfSatisfying(InvalidField.class,
                        e -> assertThat(e.code()).isEqualTo("meters.swap.same_meter"));
        assertThat(old.currentLink()).isPresent();
    }

    @Test
    void aRefusedClosingValueLeavesBothMetersAsTheyWere() {
        Meter old = meter("1008");
        Meter replacement = meter("1009");
        old.link(contractOn(SITE), kwh("100"), SWAPPED.minusSeconds(60), SWAPPED);
        old.pullEvents();

        assertThatThrownBy(() -> MeterSwap.swap(old, replacement, kwh("99"), kwh("0"), SWAPPED, NOW))
                .isInstanceOf(InvalidField.class);
        assertThat(old.currentLink()).isPresent();
        assertThat(replacement.currentLink()).isEmpty();
        assertThat(old.pullEvents()).isEmpty();
        assertThat(replacement.pullEvents()).isEmpty();
    }
}
