package energy.mwolo.hr.attendance.web;

import energy.mwolo.hr.attendance.application.IssuingBadges;
import energy.mwolo.hr.attendance.application.RegisteringKiosks;
import energy.mwolo.hr.attendance.application.SettingGeofences;
import energy.mwolo.hr.attendance.model.Badge;
import energy.mwolo.hr.attendance.model.BadgeId;
import energy.mwolo.hr.attendance.model.Geofence;
import energy.mwolo.hr.attendance.model.Kiosk;
import energy.mwolo.hr.attendance.model.KioskId;
import energy.mwolo.hr.attendance.model.Position;
import energy.mwolo.hr.kernel.Codes;
import energy.mwolo.hr.kernel.EmployeeId;
import energy.mwolo.platform.idempotency.Idempotent;
import energy.mwolo.platform.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** HR's side of badge and kiosk clocking: badges, kiosks and agencies' geofences. */
@RestController
@RequestMapping("/api/hr")
class AttendanceDevicesController {

    private final IssuingBadges badges;
    private final RegisteringKiosks kiosks;
    private final SettingGeofences geofences;

    AttendanceDevicesController(IssuingBadges badges, RegisteringKiosks kiosks, SettingGeofences geofences) {
        this.badges = badges;
        this.kiosks = kiosks;
        this.geofences = geofences;
    }

    /**
     * A badge to issue to an employee. Issuing revokes the employee's badge in force, if any: one badge holds at a
     * time.
     *
     * @param employee the employee who receives the badge; required, and must not have left
     */
    record BadgeRequest(UUID employee) {
    }

    /**
     * A badge HR issued to an employee; at a registered kiosk it names the employee, and nowhere else. {@code token}
     * only in the answer to an issue: it is what the card carries.
     *
     * @param id the badge's id
     * @param employee the employee who holds it
     * @param issuedAt when it was issued, ISO-8601 UTC instant
     * @param revokedAt when it was revoked (by HR, or by a newer badge for the same employee), ISO-8601 UTC instant;
     *                  null while it holds
     * @param token the signed text the card carries (QR code or NFC tag), {@code MWB1.<badge>.<signature>}: in the
     *              answer to the issue only, null in every other answer
     */
    record BadgeResponse(UUID id, UUID employee, Instant issuedAt, Instant revokedAt, String token) {

        static BadgeResponse from(Badge badge, String token) {
            return new BadgeResponse(badge.id().value(), badge.employee().value(), badge.issuedAt(),
                    badge.revokedAt(), token);
        }
    }

    /**
     * A clocking device to register at an agency.
     *
     * @param agency the open agency (geo-service) where the device stands; required
     * @param name a name that tells HR which device it is (e.g. where it stands), up to 100 characters; required
     * @param kind {@code kiosk} (a terminal where employees present their badge) or {@code badge_reader} (a reader on
     *             a door, without a screen); {@code kiosk} when left out. Its clockings are recorded with source
     *             {@code kiosk} or {@code badge} accordingly
     */
    record KioskRequest(UUID agency, String name, String kind) {
    }

    /**
     * A clocking device HR registered at an agency. {@code credential} only in the answer to a registration: shown
     * once, kept hashed.
     *
     * @param id the device's id
     * @param agency the agency (geo-service) where it stands
     * @param name the name HR gave it
     * @param kind {@code kiosk} or {@code badge_reader}
     * @param registeredAt when HR registered it, ISO-8601 UTC instant
     * @param revokedAt when HR revoked it, ISO-8601 UTC instant; null while it may clock
     * @param credential the secret the device sends in the {@code X-Kiosk-Credential} header,
     *                   {@code MWK1.<kiosk>.<secret>}: in the answer to the registration only, null in every other
     *                   answer; it cannot be shown again
     */
    record KioskResponse(UUID id, UUID agency, String name, String kind, Instant registeredAt, Instant revokedAt,
                         String credential) {

        static KioskResponse from(Kiosk kiosk, String credential) {
            return new KioskResponse(kiosk.id().value(), kiosk.agency(), kiosk.name(), Codes.of(kiosk.kind()),
                    kiosk.registeredAt(), kiosk.revokedAt(), credential);
        }
    }

    /**
     * An agency's geofence: the circle inside which a clocking that reports a position is accepted (one outside is
     * refused). It replaces the agency's previous one.
     *
     * @param latitude the centre's latitude in decimal degrees (WGS 84, -90 to 90); required
     * @param longitude the centre's longitude in decimal degrees (WGS 84, -180 to 180); required
     * @param radiusMetres the radius in metres, from 1 to 50000; required
     */
    record GeofenceRequest(Double latitude, Double longitude, Integer radiusMetres) {
    }

    /**
     * An agency's geofence: a clocking that reports a position farther than the radius from the centre is refused.
     *
     * @param agency the agency (geo-service) it belongs to
     * @param latitude the centre's latitude in decimal degrees (WGS 84)
     * @param longitude the centre's longitude in decimal degrees (WGS 84)
     * @param radiusMetres the radius in metres, from 1 to 50000
     */
    record GeofenceResponse(UUID agency, double latitude, double longitude, int radiusMetres) {

        static GeofenceResponse from(Geofence geofence) {
            return new GeofenceResponse(geofence.agency(), geofence.centre().latitude(),
                    geofence.centre().longitude(), geofence.radiusMetres());
        }
    }

    /**
     * Not {@code @Idempotent}: the platform would keep the answer, token included, in clear in its idempotency
     * records. A retried issue makes another badge, which revokes the first: one badge stays in force.
     */
    @Operation(summary = "Remettre un badge à un employé")
    @PostMapping({"/badges", "/badges/"})
    @ResponseStatus(HttpStatus.CREATED)
    BadgeResponse issueBadge(@RequestBody BadgeRequest request, CurrentUser user) {
        IssuingBadges.IssuedBadge issued = badges.issue(EmployeeId.ofNullable(request.employee()), user);
        return BadgeResponse.from(issued.badge(), issued.token());
    }

    @Operation(summary = "Lister les badges d'un employé")
    @GetMapping({"/badges", "/badges/"})
    List<BadgeResponse> badgesOf(@RequestParam UUID employee, CurrentUser user) {
        return badges.of(new EmployeeId(employee), user).stream().map(badge -> BadgeResponse.from(badge, null))
                .toList();
    }

    @Operation(summary = "Révoquer un badge")
    @PostMapping({"/badges/{id}/revoke", "/badges/{id}/revoke/"})
    @Idempotent
    BadgeResponse revokeBadge(@PathVariable UUID id, CurrentUser user) {
        return BadgeResponse.from(badges.revoke(new BadgeId(id), user), null);
    }

    /**
     * Not {@code @Idempotent}, for the same reason as badges: the credential is shown once and stored nowhere in
     * clear. A retried registration makes a second kiosk, which HR revokes.
     */
    @Operation(summary = "Enregistrer une borne de pointage")
    @PostMapping({"/kiosks", "/kiosks/"})
    @ResponseStatus(HttpStatus.CREATED)
    KioskResponse registerKiosk(@RequestBody KioskRequest request, CurrentUser user) {
        Kiosk.Registered registered = kiosks.register(request.agency(), request.name(), request.kind(), user);
        return KioskResponse.from(registered.kiosk(), registered.credential().text());
    }

    @Operation(summary = "Lister les bornes de pointage")
    @GetMapping({"/kiosks", "/kiosks/"})
    List<KioskResponse> listKiosks(@RequestParam(required = false) UUID agency, CurrentUser user) {
        return kiosks.list(agency, user).stream().map(kiosk -> KioskResponse.from(kiosk, null)).toList();
    }

    @Operation(summary = "Révoquer une borne de pointage")
    @PostMapping({"/kiosks/{id}/revoke", "/kiosks/{id}/revoke/"})
    @Idempotent
    KioskResponse revokeKiosk(@PathVariable UUID id, CurrentUser user) {
        return KioskResponse.from(kiosks.revoke(new KioskId(id), user), null);
    }

    @Operation(summary = "Définir la zone de pointage d'une agence")
    @PutMapping({"/agency-geofences/{agency}", "/agency-geofences/{agency}/"})
    GeofenceResponse putGeofence(@PathVariable UUID agency, @RequestBody GeofenceRequest request,
                                 CurrentUser user) {
        return GeofenceResponse.from(geofences.put(agency, Position.ofNullable(request.latitude(),
                request.longitude()), request.radiusMetres(), user));
    }

    @Operation(summary = "Consulter la zone de pointage d'une agence")
    @GetMapping({"/agency-geofences/{agency}", "/agency-geofences/{agency}/"})
    GeofenceResponse geofence(@PathVariable UUID agency, CurrentUser user) {
        return GeofenceResponse.from(geofences.show(agency, user));
    }

    @Operation(summary = "Supprimer la zone de pointage d'une agence")
    @DeleteMapping({"/agency-geofences/{agency}", "/agency-geofences/{agency}/"})
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeGeofence(@PathVariable UUID agency, CurrentUser user) {
        geofences.remove(agency, user);
    }
}
