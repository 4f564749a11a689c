package energy.mwolo.hr.attendance.model;

/** What a registered device is; it decides the source recorded for its clockings. */
public enum KioskKind {
    /** A terminal at the agency's entrance where the employee presents its badge. */
    KIOSK(ClockSource.KIOSK),
    /** A badge reader on a door, with no screen. */
    BADGE_READER(ClockSource.BADGE);

    private final ClockSource source;

    KioskKind(ClockSource source) {
        this.source = source;
    }

    public ClockSource source() {
        return source;
    }
}
