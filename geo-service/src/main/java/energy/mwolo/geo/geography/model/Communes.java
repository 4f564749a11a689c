package energy.mwolo.geo.geography.model;

import java.util.Optional;

/**
 * All commune records. {@link #add} and {@link #update} throw {@link DuplicatePlaceCode} when the code is taken
 * under the same parent; {@link #update} and {@link #remove} throw {@link PlaceInUse} when records that refer
 * to this one would be left inconsistent or dangling.
 */
public interface Communes {

    Optional<Commune> byId(CommuneId id);

    void add(Commune commune);

    void update(Commune commune);

    void remove(Commune commune);
}
