package energy.mwolo.geo.geography.model;

import java.util.Optional;

/**
 * All nationality records. {@link #add} and {@link #update} throw {@link DuplicatePlaceCode} when the code is taken
 * under the same parent; {@link #update} and {@link #remove} throw {@link PlaceInUse} when records that refer
 * to this one would be left inconsistent or dangling.
 */
public interface Nationalities {

    Optional<Nationality> byId(NationalityId id);

    void add(Nationality nationality);

    void update(Nationality nationality);

    void remove(Nationality nationality);
}
