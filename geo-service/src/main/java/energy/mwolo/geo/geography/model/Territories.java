package energy.mwolo.geo.geography.model;

import java.util.Optional;

/**
 * All territory records. {@link #add} and {@link #update} throw {@link DuplicatePlaceCode} when the code is taken
 * under the same parent; {@link #update} and {@link #remove} throw {@link PlaceInUse} when records that refer
 * to this one would be left inconsistent or dangling.
 */
public interface Territories {

    Optional<Territory> byId(TerritoryId id);

    void add(Territory territory);

    void update(Territory territory);

    void remove(Territory territory);
}
