package energy.mwolo.operations.readings.model;

/**
 * What validation noticed about a stored reading; none means a plain reading in order. A flagged reading is stored
 * all the same: nothing a meter sends is dropped.
 */
public enum ReadingFlag {
    /** Read before the meter's latest stored reading, and consistent with its neighbours: accepted late. */
    LATE,
    /** The register went down since the previous reading, with no rollover and no new link (swap) to explain it. */
    NEGATIVE_CONSUMPTION,
    /** The register wrapped past its capacity since the previous reading; the consumption counts the wrap. */
    ROLLOVER,
    /** The consumption since the previous reading is beyond the spike factor times the meter's typical day. */
    SPIKE,
    /** Read after now plus the tolerance: the meter's clock is wrong; never the meter's last reading. */
    FUTURE_DATED;

    /** Whether consumption may be computed from a reading with this flag. */
    public boolean usableForConsumption() {
        return this != NEGATIVE_CONSUMPTION && this != FUTURE_DATED;
    }
}
