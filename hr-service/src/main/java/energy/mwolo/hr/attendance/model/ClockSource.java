package energy.mwolo.hr.attendance.model;

/** Where a clocking came from. */
public enum ClockSource {
    WEB,
    BADGE,
    KIOSK
}
