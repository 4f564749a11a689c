package energy.mwolo.geo.geography.model;

import java.util.Objects;

public record Commune(CommuneId id, ProvinceId provinceId, PlaceCode code, String name) {

    public Commune {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(provinceId, "provinceId");
        Objects.requireNonNull(code, "code");
        name = PlaceName.require(name);
    }

    public static Commune register(Province province, PlaceCode code, String name) {
        return new Commune(CommuneId.newId(), province.id(), code, name);
    }

    public Commune revise(Province province, PlaceCode newCode, String newName) {
        return new Commune(id, province.id(), newCode, newName);
    }

    public boolean liesIn(ProvinceId province) {
        return provinceId.equals(province);
    }
}
