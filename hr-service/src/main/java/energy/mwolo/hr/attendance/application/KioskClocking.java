package energy.mwolo.hr.attendance.application;

import energy.mwolo.hr.attendance.model.AttendanceDay;
import energy.mwolo.hr.attendance.model.AttendanceDay.Where;
import energy.mwolo.hr.attendance.model.Badge;
import energy.mwolo.hr.attendance.model.BadgeId;
import energy.mwolo.hr.attendance.model.BadgeRefused;
import energy.mwolo.hr.attendance.model.Badges;
import energy.mwolo.hr.attendance.model.Kiosk;
import energy.mwolo.hr.attendance.model.KioskCredential;
import energy.mwolo.hr.attendance.model.KioskUnauthenticated;
import energy.mwolo.hr.attendance.model.Kiosks;
import energy.mwolo.hr.attendance.model.Position;
import energy.mwolo.hr.kernel.EmployeeId;
import energy.mwolo.hr.kernel.StaffDirectory;
import energy.mwolo.hr.kernel.StaffDirectory.StaffMember;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A clocking at a registered kiosk: the kiosk authenticates first with its own credential (so that nobody without
 * one can probe badges), then the badge it read names the employee. Nothing here yields a user session: a badge
 * token is not a bearer token, and the kiosk's credential opens this use case only. The source recorded is the
 * device's kind (kiosk or badge reader), the position checked is the kiosk agency's geofence.
 */
@Service
public class KioskClocking {

    /** Whether the employee arrives or leaves. */
    public enum Direction {
        IN, OUT
    }

    private final Kiosks kiosks;
    private final Badges badges;
    private final BadgeSettings settings;
    private final StaffDirectory staff;
    private final AttendanceRecorder recorder;

    KioskClocking(Kiosks kiosks, Badges badges, BadgeSettings settings, StaffDirectory staff,
                  AttendanceRecorder recorder) {
        this.kiosks = kiosks;
        this.badges = badges;
        this.settings = settings;
        this.staff = staff;
        this.recorder = recorder;
    }

    @Transactional
    public AttendanceDay clock(String credential, String badgeToken, Direction direction, Position position) {
        Kiosk kiosk = authenticate(credential);
        StaffMember member = holderOf(badgeToken);
        Where where = new Where(position, kiosk.id());
        return direction == Direction.OUT
                ? recorder.clockOut(member.id(), kiosk.kind().source(), where, kiosk.agency())
                : recorder.clockIn(member, kiosk.kind().source(), where, kiosk.agency());
    }

    private Kiosk authenticate(String presented) {
        KioskCredential credential = KioskCredential.parse(presented).orElseThrow(KioskUnauthenticated::new);
        Kiosk kiosk = kiosks.byId(credential.kiosk()).orElseThrow(KioskUnauthenticated::new);
        kiosk.authenticate(credential);
        return kiosk;
    }

    private StaffMember holderOf(String token) {
        BadgeId id = settings.signer().orElseThrow(BadgesNotConfigured::new).verify(token)
                .orElseThrow(() -> new BadgeRefused("hr.badge.invalid"));
        Badge badge = badges.byId(id).orElseThrow(() -> new BadgeRefused("hr.badge.invalid"));
        EmployeeId holder = badge.holder();
        return staff.find(holder).filter(member -> !member.left())
                .orElseThrow(() -> new BadgeRefused("hr.badge.holder_left"));
    }
}
