/** The validation rules a reading meets against its meter's history, and the flags they leave on it. */
package energy.mwolo.operations.readings.model;
