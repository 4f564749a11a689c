package energy.mwolo.operations.disconnections.model;

/**
 * How many disconnections may be ordered at most, so that a billing fault cannot cut a city.
 *
 * @param perAgencyPerHour in one agency during one clock hour
 * @param dailyCap         company-wide during one business day
 */
public record BlastRadius(int perAgencyPerHour, int dailyCap) {

    public BlastRadius {
        if (perAgencyPerHour < 0 || dailyCap < 0) {
            throw new IllegalArgumentException("limits are zero or more");
        }
    }
}
