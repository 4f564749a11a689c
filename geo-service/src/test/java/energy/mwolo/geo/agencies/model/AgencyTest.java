package energy.mwolo.geo.agencies.model;

import static energy.mwolo.geo.agencies.model.AgencyFixtures.KINSHASA;
import static energy.mwolo.geo.agencies.model.AgencyFixtures.NOW;
import static energy.mwolo.geo.agencies.model.AgencyFixtures.details;
import static energy.mwolo.geo.agencies.model.AgencyFixtures.openAgencyInKinshasa;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import energy.mwolo.geo.geography.model.Commune;
import energy.mwolo.geo.geography.model.GeographyFixtures;
import energy.mwolo.geo.geography.model.Province;
import energy.mwolo.geo.geography.model.Territory;
import energy.mwolo.platform.errors.ErrorKind;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AgencyTest {

    private static final Instant LATER = NOW.plusSeconds(3600);
    private final Province hautKatanga = GeographyFixtures.province("HK", "Haut-Katanga");

    @Test
    void anOpenedAgencyIsActiveAndRecordsThatItOpened() {
        Agency agency = Agency.open(AgencyCode.of(KINSHASA.code(), 7), AgencyLocation.of(KINSHASA, null),
                details("Agence de Limete"), NOW);

        assertThat(agency.isActive()).isTrue();
        assertThat(agency.code().value()).isEqualTo("AG-KN-007");
        assertThat(agency.pullEvents()).containsExactly(new AgencyEvent.Opened(NOW));
        assertThat(agency.pullEvents()).isEmpty();
    }

    @Test
    void closingAnOpenAgencyRecordsThatItClosed() {
        Agency agency = openAgencyInKinshasa();

        agency.close(LATER);

        assertThat(agency.isActive()).isFalse();
        assertThat(agency.pullEvents()).containsExactly(new AgencyEvent.Closed(LATER));
    }

    @Test
    void closingAClosedAgencyChangesNothingAndRecordsNothing() {
        Agency agency = openAgencyInKinshasa();
        agency.close(LATER);
        agency.pullEvents();

        agency.close(LATER.plusSeconds(60));

        assertThat(agency.isActive()).isFalse();
        assertThat(agency.pullEvents()).isEmpty();
    }

    @Test
    void revisingAnOpenAgencyRecordsAnUpdate() {
        Agency agency = openAgencyInKinshasa();

        agency.revise(agency.location(), details("Agence Gombe-Centre"), LATER);

        assertThat(agency.details().name()).isEqualTo("Agence Gombe-Centre");
        assertThat(agency.pullEvents()).containsExactly(new AgencyEvent.Updated(LATER));
    }

    @Test
    void aRevisionThatChangesNothingRecordsNothing() {
        Agency agency = openAgencyInKinshasa();

        agency.revise(agency.location(), details("Agence de la Gombe"), LATER);

        assertThat(agency.pullEvents()).isEmpty();
    }

    @Test
    void refusesToReviseAClosedAgency() {
        Agency agency = openAgencyInKinshasa();
        agency.close(LATER);
        agency.pullEvents();

        assertThatThrownBy(() -> agency.revise(agency.location(), details("Agence fermée"), LATER))
                .isInstanceOfSatisfying(AgencyIsClosed.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.CONFLICT);
                    assertThat(e.args()).containsExactly("AG-KN-001");
                });
        assertThat(agency.details().name()).isEqualTo("Agence de la Gombe");
        assertThat(agency.pullEvents()).isEmpty();
    }

    @Test
    void aReopenedAgencyCanBeRevisedAgain() {
        Agency agency = openAgencyInKinshasa();
        agency.close(LATER);
        agency.pullEvents();

        agency.reopen(LATER.plusSeconds(1));
        agency.revise(agency.location(), details("Agence rouverte"), LATER.plusSeconds(1));

        assertThat(agency.isActive()).isTrue();
        assertThat(agency.pullEvents()).containsExactly(new AgencyEvent.Updated(LATER.plusSeconds(1)),
                new AgencyEvent.Updated(LATER.plusSeconds(1)));
    }

    @Test
    void reopeningAnOpenAgencyRecordsNothing() {
        Agency agency = openAgencyInKinshasa();

        agency.reopen(LATER);

        assertThat(agency.pullEvents()).isEmpty();
    }

    @Test
    void anAgencyNeverMovesToAnotherProvince() {
        Agency agency = openAgencyInKinshasa();

        assertThatThrownBy(() -> agency.revise(AgencyLocation.of(hautKatanga, null), agency.details(), LATER))
                .isInstanceOfSatisfying(AgencyCannotMove.class, e -> assertThat(e.field()).isEqualTo("province"));
    }

    @Test
    void anAgencyMayMoveToATerritoryOfItsProvince() {
        Agency agency = openAgencyInKinshasa();
        Territory fleuve = GeographyFixtures.territoryOf(GeographyFixtures.communeOf(KINSHASA, "Gombe"), "Fleuve");

        agency.revise(AgencyLocation.of(KINSHASA, fleuve), agency.details(), LATER);

        assertThat(agency.location().territory()).isEqualTo(fleuve.id());
    }

    @Test
    void refusesATerritoryOutsideTheAgencysProvince() {
        Commune lubumbashi = GeographyFixtures.communeOf(hautKatanga, "Lubumbashi");
        Territory kenya = GeographyFixtures.territoryOf(lubumbashi, "Kenya");

        assertThatThrownBy(() -> AgencyLocation.of(KINSHASA, kenya))
                .isInstanceOfSatisfying(TerritoryOutsideProvince.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.INVALID);
                    assertThat(e.field()).isEqualTo("territory");
                });
    }

    @Test
    void anAgencyNeedsAName() {
        assertThatThrownBy(() -> details(" "))
                .isInstanceOfSatisfying(InvalidAgencyField.class, e -> assertThat(e.field()).isEqualTo("name"));
    }

    @Test
    void blankOptionalDetailsCountAsAbsent() {
        AgencyDetails details = new AgencyDetails("Agence de Matete", " ", "", null, null, null, "  ");

        assertThat(details.address()).isNull();
        assertThat(details.phone()).isNull();
        assertThat(details.openingHours()).isNull();
    }
}
