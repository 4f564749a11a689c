/** A piece of equipment, its unique serial number, status and maintenance record. */
package energy.mwolo.operations.equipment.model;
