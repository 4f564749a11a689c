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
import energy.mwolo.operations.kernel.SiteId;
import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MeterTest {

    private static final Instant EARLIER = NOW.minusSeconds(3600);

    @Test
    void anInstalledMeterIsConnectedMeasuresNoContractAndRecordsItsInstallation() {
        MeterEquipment equipment = new MeterEquipment(UUID.randomUUID(), SITE);

        Meter meter = Meter.install(new MeterNumber(" 04512378961 "), equipment, MeterKind.PREPAID, true, NOW);

        assertThat(meter.number().value()).isEqualTo("04512378961");
        assertThat(meter.relayState()).isEqualTo(RelayState.CONNECTED);
        assertThat(meter.currentLink()).isEmpty();
        assertThat(meter.site()).isEqualTo(SITE);
        assertThat(meter.equipment()).isEqualTo(equipment);
        assertThat(meter.pullEvents()).containsExactly(new MeterEvent.Installed(NOW));
        assertThat(meter.pullEvents()).isEmpty();
    }

    @Test
    void onlyEquipmentOfTypeMeterBecomesAMeter() {
        assertThatThrownBy(() -> MeterEquipment.of(UUID.randomUUID(), false, SITE))
                .isInstanceOfSatisfying(InvalidField.class, e -> {
                    assertThat(e.code()).isEqualTo("meters.equipment.not_a_meter");
                    assertThat(e.field()).isEqualTo("equipment");
                });
    }

    @Test
    void meterNumbersAreKeptInUpperCaseAndRefuseSpacesInside() {
        assertThat(new MeterNumber("kn-0045").value()).isEqualTo("KN-0045");
        assertThatThrownBy(() -> new MeterNumber("KN 0045")).isInstanceOf(InvalidField.class);
        assertThatThrownBy(() -> new MeterNumber("-0045")).isInstanceOf(InvalidField.class);
        assertThatThrownBy(() -> new MeterNumber("  ")).isInstanceOf(InvalidField.class);
    }

    @Test
    void registerValuesAreNonNegativeToTheWattHour() {
        assertThat(kwh("12.5").kwh()).hasToString("12.500");
        assertThatThrownBy(() -> kwh("-0.001")).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> kwh("1.0005")).isInstanceOf(DomainException.class);
        assertThat(kwh("1.5000").kwh()).hasToString("1.500");
        assertThatThrownBy(() -> RegisterValue.of(new java.math.BigDecimal("-1"), "register_kwh"))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("register_kwh"));
    }

    @Test
    void linkingOpensALinkAtTheRegisterValueAndRecordsIt() {
        Meter meter = meter("0001");
        ServedContract contract = contractOn(SITE);

        MeterLink link = meter.link(contract, kwh("120.5"), EARLIER, NOW);

        assertThat(meter.currentLink()).contains(link);
        assertThat(link.contract()).isEqualTo(contract.id());
        assertThat(link.opening()).isEqualTo(kwh("120.5"));
        assertThat(link.linkedAt()).isEqualTo(EARLIER);
        assertThat(link.isOpen()).isTrue();
        assertThat(meter.pullEvents()).containsExactly(new MeterEvent.Linked(link, NOW));
    }

    @Test
    void aLinkedMeterCannotMeasureASecondContract() {
        Meter meter = meter("0002");
        meter.link(contractOn(SITE), kwh("0"), EARLIER, NOW);
        meter.pullEvents();

        assertThatThrownBy(() -> meter.link(contractOn(SITE), kwh("10"), NOW, NOW))
                .isInstanceOfSatisfying(MeterAlreadyLinked.class,
                        e -> assertThat(e.kind()).isEqualTo(ErrorKind.CONFLICT));
        assertThat(meter.links()).hasSize(1);
        assertThat(meter.pullEvents()).isEmpty();
    }

    @Test
    void aMeterMeasuresOnlyContractsOfItsOwnSite() {
        Meter meter = meter("0003");

        assertThatThrownBy(() -> meter.link(contractOn(OTHER_SITE), kwh("0"), NOW, NOW))
                .isInstanceOfSatisfying(InvalidField.class,
                        e -> assertThat(e.code()).isEqualTo("meters.contract.another_site"));
        assertThat(meter.currentLink()).isEmpty();
    }

    @Test
    void aLinkCannotStartInTheFuture() {
        Meter meter = meter("0004");

        assertThatThrownBy(() -> meter.link(contractOn(SITE), kwh("0"), NOW.plusSeconds(1), NOW))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("linked_at"));
    }

    @Test
    void unlinkingClosesTheLinkAtTheRegisterValueAndRecordsIt() {
        Meter meter = meter("0005");
        ServedContract contract = contractOn(SITE);
        MeterLink opened = meter.link(contract, kwh("100"), EARLIER.minusSeconds(3600), EARLIER);
        meter.pullEvents();

        MeterLink closed = meter.unlink(kwh("175.25"), NOW, NOW);

        assertThat(meter.currentLink()).isEmpty();
        assertThat(closed.id()).isEqualTo(opened.id());
        assertThat(closed.closing()).isEqualTo(kwh("175.25"));
        assertThat(closed.unlinkedAt()).isEqualTo(NOW);
        assertThat(meter.links()).containsExactly(closed);
        assertThat(meter.pullEvents()).containsExactly(new MeterEvent.Unlinked(closed, NOW));
    }

    @Test
    void unlinkingAMeterThatMeasuresNothingIsAConflictAndRecordsNothing() {
        Meter meter = meter("0006");

        assertThatThrownBy(() -> meter.unlink(kwh("1"), NOW, NOW)).isInstanceOf(MeterNotLinked.class);
        assertThat(meter.pullEvents()).isEmpty();
    }

    @Test
    void aLinkClosesNeitherBelowItsOpeningValueNorBeforeItOpened() {
        Meter meter = meter("0007");
        meter.link(contractOn(SITE), kwh("500"), EARLIER, EARLIER);

        assertThatThrownBy(() -> meter.unlink(kwh("499.999"), NOW, NOW))
                .isInstanceOfSatisfying(InvalidField.class,
                        e -> assertThat(e.code()).isEqualTo("meters.register.below_opening"));
        assertThatThrownBy(() -> meter.unlink(kwh("600"), EARLIER.minusSeconds(1), NOW))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("unlinked_at"));
        assertThat(meter.unlink(kwh("500"), EARLIER, NOW).closing()).isEqualTo(kwh("500"));
    }

    @Test
    void aMeterLinkedAgainStartsNoEarlierThanItsLastLinkEnded() {
        Meter meter = meter("0008");
        meter.link(contractOn(SITE), kwh("0"), EARLIER.minusSeconds(7200), EARLIER);
        meter.unlink(kwh("50"), EARLIER, EARLIER);

        assertThatThrownBy(() -> meter.link(contractOn(SITE), kwh("50"), EARLIER.minusSeconds(1), NOW))
                .isInstanceOfSatisfying(InvalidField.class,
                        e -> assertThat(e.code()).isEqualTo("meters.link.before_last_end"));
        MeterLink next = meter.link(contractOn(SITE), kwh("50"), EARLIER, NOW);

        assertThat(meter.links()).hasSize(2).last().isEqualTo(next);
    }

    @Test
    void aRemoteRelayFollowsRequestsThenTheMetersReports() {
        Meter meter = meter("0009");

        RelayChange asked = meter.requestDisconnect(NOW);
        RelayChange confirmed = meter.relayReported(RelayPosition.OPEN, NOW.plusSeconds(5));

        assertThat(asked).isEqualTo(new RelayChange(RelayState.CONNECTED, RelayState.DISCONNECT_REQUESTED));
        assertThat(confirmed).isEqualTo(new RelayChange(RelayState.DISCONNECT_REQUESTED, RelayState.DISCONNECTED));
        assertThat(meter.relayChangedAt()).isEqualTo(NOW.plusSeconds(5));
        assertThat(meter.requestDisconnect(NOW.plusSeconds(6)).changed()).isFalse();
        assertThat(meter.relayChangedAt()).as("a request that changes nothing keeps the time").isEqualTo(
                NOW.plusSeconds(5));
    }

    @Test
    void aReportTakenBeforeTheLastChangeIsIgnored() {
        Meter meter = meter("0010");
        meter.requestDisconnect(NOW);
        meter.relayReported(RelayPosition.OPEN, NOW.plusSeconds(10));

        RelayChange late = meter.relayReported(RelayPosition.CLOSED, NOW.plusSeconds(3));

        assertThat(late.changed()).isFalse();
        assertThat(meter.relayState()).isEqualTo(RelayState.DISCONNECTED);
    }

    @Test
    void aMeterWithoutRemoteRelayRefusesRequestsButTakesReportsFromTheField() {
        Meter meter = meterOn("0011", SITE, false);

        assertThatThrownBy(() -> meter.requestDisconnect(NOW)).isInstanceOf(NoRemoteRelay.class);
        assertThatThrownBy(() -> meter.requestReconnect(NOW)).isInstanceOf(NoRemoteRelay.class);
        assertThat(meter.relayReported(RelayPosition.OPEN, NOW).to()).isEqualTo(RelayState.DISCONNECTED);
    }

    @Test
    void lastReadingAndLastContactOnlyMoveForward() {
        Meter meter = meter("0012");

        assertThat(meter.readingReceived(new Reading(kwh("10"), NOW))).isTrue();
        assertThat(meter.readingReceived(new Reading(kwh("9"), EARLIER))).isFalse();
        meter.seenAt(EARLIER);

        assertThat(meter.lastReading()).contains(new Reading(kwh("10"), NOW));
        assertThat(meter.lastSeenAt()).contains(NOW);
    }

    @Test
    void aRestoredMeterKeepsItsHistoryOldestFirstAndRecordsNothing() {
        SiteId site = SITE;
        MeterLink old = new MeterLink(MeterLinkId.newId(), contractOn(site).id(), EARLIER.minusSeconds(100),
                kwh("1"), EARLIER, kwh("2"), null, null);
        MeterLink current = MeterLink.open(contractOn(site).id(), EARLIER, kwh("2"), null);

        Meter meter = Meter.restore(MeterId.newId(), new MeterNumber("0013"),
                new MeterEquipment(UUID.randomUUID(), site), MeterKind.POSTPAID, true,
                RelayState.CONNECTED, null, null, null, java.util.List.of(current, old));

        assertThat(meter.links()).containsExactly(old, current);
        assertThat(meter.currentLink()).contains(current);
        assertThat(meter.pullEvents()).isEmpty();
    }
}
