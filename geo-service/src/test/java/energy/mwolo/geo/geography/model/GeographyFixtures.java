package energy.mwolo.geo.geography.model;

/** Small places to build tests from. */
public final class GeographyFixtures {

    private GeographyFixtures() {
    }

    public static Country drCongo() {
        return Country.register(PlaceCode.of("CD"), "République démocratique du Congo");
    }

    public static Province province(String code, String name) {
        return Province.register(drCongo(), PlaceCode.of(code), name);
    }

    public static Commune communeOf(Province province, String name) {
        return Commune.register(province, PlaceCode.of(name.replace(' ', '-')), name);
    }

    public static Territory territoryOf(Commune commune, String name) {
        return Territory.register(commune, null, PlaceCode.of(name.replace(' ', '-')), name);
    }
}
