package energy.mwolo.geo.geography.model;

import java.util.Objects;

/** A territory of a commune. It also records the commune's province, so "lies in province P" needs no walk up. */
public record Territory(TerritoryId id, CommuneId communeId, ProvinceId provinceId, PlaceCode code, String name) {

    public Territory {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(communeId, "communeId");
        Objects.requireNonNull(provinceId, "provinceId");
        Objects.requireNonNull(code, "code");
        name = PlaceName.require(name);
    }

    /**
     * @param statedProvince the province the request names, or null when it names none; when named, the commune
     *                       must lie in it
     */
    public static Territory register(Commune commune, ProvinceId statedProvince, PlaceCode code, String name) {
        return placed(TerritoryId.newId(), commune, statedProvince, code, name);
    }

    public Territory revise(Commune commune, ProvinceId statedProvince, PlaceCode newCode, String newName) {
        return placed(id, commune, statedProvince, newCode, newName);
    }

    public boolean liesIn(ProvinceId province) {
        return provinceId.equals(province);
    }

    private static Territory placed(TerritoryId id, Commune commune, ProvinceId statedProvince, PlaceCode code,
                                    String name) {
        if (statedProvince != null && !commune.liesIn(statedProvince)) {
            throw new CommuneOutsideProvince(commune);
        }
        return new Territory(id, commune.id(), commune.provinceId(), code, name);
    }
}
