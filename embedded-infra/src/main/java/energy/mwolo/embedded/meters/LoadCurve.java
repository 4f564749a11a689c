package energy.mwolo.embedded.meters;

/**
 * A household's share of its daily energy per hour of the day (local time): little at night, a morning peak around
 * 7 h and an evening peak around 19 h, as on Kinshasa's residential feeders. The shares add up to one.
 */
final class LoadCurve {

    private static final double[] WEIGHTS = {
        2, 1.6, 1.5, 1.5, 1.6, 2.5, 4.5, 6, 5, 4, 3.6, 3.6,
        4, 3.8, 3.5, 3.5, 4, 5.5, 8, 9, 8, 6.5, 4.5, 3};
    private static final double TOTAL;

    static {
        double total = 0;
        for (double weight : WEIGHTS) {
            total += weight;
        }
        TOTAL = total;
    }

    private LoadCurve() {
    }

    /** The share of the day's energy used during {@code hour} (0 to 23). */
    static double share(int hour) {
        return WEIGHTS[Math.floorMod(hour, 24)] / TOTAL;
    }
}
