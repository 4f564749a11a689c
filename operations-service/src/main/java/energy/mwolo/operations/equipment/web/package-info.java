/** The HTTP API of equipment: {@code /api/operations/equipment/}. */
package energy.mwolo.operations.equipment.web;
