package energy.mwolo.geo.geography.model;

import java.util.Optional;

/**
 * All country records. {@link #add} and {@link #update} throw {@link DuplicatePlaceCode} when the code is taken
 * under the same parent; {@link #update} and {@link #remove} throw {@link PlaceInUse} when records that refer
 * to this one would be left inconsistent or dangling.
 */
public interface Countries {

    Optional<Country> byId(CountryId id);

    void add(Country country);

    void update(Country country);

    void remove(Country country);
}
