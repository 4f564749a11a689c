package energy.mwolo.geo.calendar.application;

import energy.mwolo.geo.calendar.model.CountryCode;

/** The countries of the territory tree, by code. */
public interface CountryCodes {

    boolean exists(CountryCode country);
}
