/** An intervention, its status machine and the events its planning and completion record. */
package energy.mwolo.operations.interventions.model;
