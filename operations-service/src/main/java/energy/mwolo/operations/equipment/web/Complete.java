package energy.mwolo.operations.equipment.web;

/**
 * Validation group of the constraints only a full representation (POST) must meet, such as required fields; a
 * PATCH is checked against the default group alone, so a field it leaves out stays as it is.
 */
interface Complete {
}
