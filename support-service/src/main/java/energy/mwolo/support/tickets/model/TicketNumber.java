package energy.mwolo.support.tickets.model;

/** {@code TK-<year>-<NNNNNN>}: the year the ticket was opened in (Kinshasa), then a sequence number. */
public final class TicketNumber {

    private TicketNumber() {
    }

    public static String of(int year, long sequence) {
        if (sequence < 1 || sequence > 999_999) {
            throw new IllegalArgumentException("ticket sequence out of range: " + sequence);
        }
        return String.format("TK-%04d-%06d", year, sequence);
    }
}
