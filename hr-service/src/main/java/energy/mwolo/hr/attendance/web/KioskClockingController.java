package energy.mwolo.hr.attendance.web;

import energy.mwolo.hr.attendance.application.KioskClocking;
import energy.mwolo.hr.attendance.model.Position;
import energy.mwolo.hr.kernel.Codes;
import energy.mwolo.hr.kernel.InvalidField;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * What a registered kiosk calls, without a user token: its credential in {@code X-Kiosk-Credential}, the badge it
 * read and the direction in the body. Not {@code @Idempotent}: the platform's idempotency is a user's; a kiosk
 * resending a clocking gets the day's plain 409 instead.
 */
@RestController
class KioskClockingController {

    static final String CREDENTIAL = "X-Kiosk-Credential";

    private final KioskClocking clocking;

    KioskClockingController(KioskClocking clocking) {
        this.clocking = clocking;
    }

    /**
     * A clocking a registered kiosk sends when it reads a badge. {@code direction} {@code in} or {@code out}; the
     * kiosk's position (both or neither) when it has GPS.
     *
     * @param badge the token read from the badge's QR code or NFC tag, {@code MWB1.<badge>.<signature>}; required
     * @param direction {@code in} to clock in, {@code out} to clock out; required
     * @param latitude the kiosk's latitude in decimal degrees (WGS 84, -90 to 90); with {@code longitude} or not at
     *                 all
     * @param longitude the kiosk's longitude in decimal degrees (WGS 84, -180 to 180); with {@code latitude} or not
     *                  at all. A position outside the geofence of the kiosk's agency is refused
     */
    record KioskClockRequest(String badge, String direction, Double latitude, Double longitude) {
    }

    @Operation(summary = "Pointer à une borne avec un badge")
    @PostMapping({"/api/hr/kiosk-clockings", "/api/hr/kiosk-clockings/"})
    AttendanceController.DayResponse clock(@RequestHeader(name = CREDENTIAL, required = false) String credential,
                                           @RequestBody(required = false) KioskClockRequest request) {
        KioskClockRequest body = request == null ? new KioskClockRequest(null, null, null, null) : request;
        if (body.badge() == null || body.badge().isBlank()) {
            throw InvalidField.required("badge");
        }
        return AttendanceController.DayResponse.from(clocking.clock(credential, body.badge(),
                Codes.parse(KioskClocking.Direction.class, body.direction(), "direction"),
                Position.ofNullable(body.latitude(), body.longitude())));
    }
}
