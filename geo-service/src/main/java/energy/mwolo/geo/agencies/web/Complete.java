package energy.mwolo.geo.agencies.web;

/**
 * Validation group of the constraints that only full representations (POST, PUT) must meet, such as required
 * fields; a PATCH is checked against the default group alone, so a field it leaves out stays as it is.
 */
interface Complete {
}
