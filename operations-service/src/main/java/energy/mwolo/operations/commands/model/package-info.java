/** A relay command's life: issued, sent (again at back-off intervals), then executed, failed or cancelled. */
package energy.mwolo.operations.commands.model;
