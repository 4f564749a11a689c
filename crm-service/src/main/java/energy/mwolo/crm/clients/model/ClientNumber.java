package energy.mwolo.crm.clients.model;

/** {@code CL-<YYYY>-<NNNNNN>}: the registration year in Kinshasa and a number from a database sequence. */
public final class ClientNumber {

    private ClientNumber() {
    }

    public static String of(int year, long sequence) {
        return String.format("CL-%04d-%06d", year, sequence);
    }
}
