package energy.mwolo.embedded.meters;

/** What a simulated meter can get wrong, on demand ({@link MeterFleet#inject}). */
public enum MeterFault {
    /** The same message (same id, instant and values) sent twice, as a head-end retrying. */
    DUPLICATE,
    /** The reading is held back and sent after the next round's. */
    LATE,
    /** The register jumps by fifty days of the meter's typical consumption. */
    SPIKE,
    /** The register reads lower than the previous reading (a faulty register or a swapped meter nobody recorded). */
    NEGATIVE,
    /** The reading carries the tamper alarm (cover opened). */
    TAMPER,
    /** Bytes that are no reading at all. */
    GARBAGE
}
