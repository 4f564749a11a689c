package energy.mwolo.geo.geography.model;

import java.util.Optional;

/**
 * All province records. {@link #add} and {@link #update} throw {@link DuplicatePlaceCode} when the code is taken
 * under the same parent; {@link #update} and {@link #remove} throw {@link PlaceInUse} when records that refer
 * to this one would be left inconsistent or dangling.
 */
public interface Provinces {

    Optional<Province> byId(ProvinceId id);

    void add(Province province);

    void update(Province province);

    void remove(Province province);
}
