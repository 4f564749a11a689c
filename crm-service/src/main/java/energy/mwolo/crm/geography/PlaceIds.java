package energy.mwolo.crm.geography;

import java.util.UUID;

/** Where an address lies in geo-service's tree: country, province, commune, territory; each may be absent. */
public record PlaceIds(UUID country, UUID province, UUID commune, UUID territory) {

    public static final PlaceIds NONE = new PlaceIds(null, null, null, null);

    public boolean isEmpty() {
        return country == null && province == null && commune == null && territory == null;
    }

    /** Each id given replaces the current one; absent ones are kept. */
    public PlaceIds over(PlaceIds current) {
        return new PlaceIds(country == null ? current.country : country,
                province == null ? current.province : province, commune == null ? current.commune : commune,
                territory == null ? current.territory : territory);
    }
}
