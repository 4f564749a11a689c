package energy.mwolo.geo.agencies.model;

import energy.mwolo.geo.geography.model.Province;

/**
 * Hands out agency codes, one number sequence per province. Implementations take the number atomically inside
 * the caller's transaction: concurrent callers never get the same number, and a rolled-back caller gives it back.
 */
public interface AgencyCodes {

    AgencyCode next(Province province);
}
