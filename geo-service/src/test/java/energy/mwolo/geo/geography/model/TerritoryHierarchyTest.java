package energy.mwolo.geo.geography.model;

import static energy.mwolo.geo.geography.model.GeographyFixtures.communeOf;
import static energy.mwolo.geo.geography.model.GeographyFixtures.province;
import static energy.mwolo.geo.geography.model.GeographyFixtures.territoryOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;
import org.junit.jupiter.api.Test;

class TerritoryHierarchyTest {

    private final Province kinshasa = province("KN", "Kinshasa");
    private final Province hautKatanga = province("HK", "Haut-Katanga");
    private final Commune gombe = communeOf(kinshasa, "Gombe");
    private final Commune lubumbashi = communeOf(hautKatanga, "Lubumbashi");

    @Test
    void territoryLiesInTheProvinceOfItsCommune() {
        Territory territory = Territory.register(gombe, kinshasa.id(), PlaceCode.of("t1"), "Quartier du Fleuve");

        assertThat(territory.communeId()).isEqualTo(gombe.id());
        assertThat(territory.liesIn(kinshasa.id())).isTrue();
        assertThat(territory.liesIn(hautKatanga.id())).isFalse();
    }

    @Test
    void territoryWithoutStatedProvinceTakesItsCommunesProvince() {
        Territory territory = Territory.register(gombe, null, PlaceCode.of("T1"), "Quartier du Fleuve");

        assertThat(territory.provinceId()).isEqualTo(kinshasa.id());
    }

    @Test
    void refusesATerritoryWhoseCommuneLiesInAnotherProvinceThanTheStatedOne() {
        assertThatThrownBy(() -> Territory.register(lubumbashi, kinshasa.id(), PlaceCode.of("T1"), "Kenya"))
                .isInstanceOfSatisfying(CommuneOutsideProvince.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.INVALID);
                    assertThat(e.field()).isEqualTo("commune");
                    assertThat(e.args()).containsExactly("Lubumbashi");
                });
    }

    @Test
    void territoryMovedToACommuneOfAnotherProvinceFollowsThatProvince() {
        Territory territory = territoryOf(gombe, "Quartier du Fleuve");

        Territory moved = territory.revise(lubumbashi, null, territory.code(), territory.name());

        assertThat(moved.id()).isEqualTo(territory.id());
        assertThat(moved.provinceId()).isEqualTo(hautKatanga.id());
    }

    @Test
    void refusesMovingATerritoryToACommuneOutsideTheStatedProvince() {
        Territory territory = territoryOf(gombe, "Quartier du Fleuve");

        assertThatThrownBy(() -> territory.revise(lubumbashi, kinshasa.id(), territory.code(), territory.name()))
                .isInstanceOf(CommuneOutsideProvince.class);
    }

    @Test
    void aProvinceBelongsToTheCountryItWasRegisteredIn() {
        Country congo = GeographyFixtures.drCongo();

        Province province = Province.register(congo, PlaceCode.of("kn"), "Kinshasa");

        assertThat(province.countryId()).isEqualTo(congo.id());
        assertThat(province.code().value()).isEqualTo("KN");
    }

    @Test
    void aCommuneMovesWithItsNewProvince() {
        Commune moved = gombe.revise(hautKatanga, gombe.code(), gombe.name());

        assertThat(moved.liesIn(hautKatanga.id())).isTrue();
        assertThat(moved.liesIn(kinshasa.id())).isFalse();
    }

    @Test
    void refusesABlankName() {
        assertThatThrownBy(() -> communeOf(kinshasa, "  "))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isIn("name", "code"));
        assertThatThrownBy(() -> Commune.register(kinshasa, PlaceCode.of("X"), " "))
                .isInstanceOfSatisfying(InvalidPlaceName.class, e -> assertThat(e.field()).isEqualTo("name"));
    }

    @Test
    void namesAreStoredWithoutSurroundingBlanks() {
        assertThat(Commune.register(kinshasa, PlaceCode.of("GOMBE"), "  Gombe ").name()).isEqualTo("Gombe");
    }
}
