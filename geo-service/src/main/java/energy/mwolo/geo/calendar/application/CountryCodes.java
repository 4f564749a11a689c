package energy.mwolo.geo.calendar.application;

import energy.mwolo.geo.calendar.model.CountryCode;

/** The countries of the territory tree, by code. */
public interface CountryCodes {

    boolean exists(CountryCode country);

    /**
     * Locks the country until the transaction ends, so that declarations of its holidays apply one after the
     * other; false when there is no such country.
     */
    boolean lockIfExists(CountryCode country);
}
