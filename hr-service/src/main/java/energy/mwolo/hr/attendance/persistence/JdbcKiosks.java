package energy.mwolo.hr.attendance.persistence;

import static energy.mwolo.hr.attendance.persistence.JdbcBadges.instant;
import static energy.mwolo.hr.attendance.persistence.JdbcBadges.timestamp;

import energy.mwolo.hr.attendance.model.Kiosk;
import energy.mwolo.hr.attendance.model.KioskId;
import energy.mwolo.hr.attendance.model.KioskKind;
import energy.mwolo.hr.attendance.model.Kiosks;
import energy.mwolo.hr.kernel.Codes;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Registered kiosks through JdbcClient. */
@Component
class JdbcKiosks implements Kiosks {

    private static final String COLUMNS =
            "select id, agency_id, name, kind, credential_hash, registered_at, revoked_at from kiosks ";

    private final JdbcClient jdbc;

    JdbcKiosks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Kiosk> byId(KioskId id) {
        return jdbc.sql(COLUMNS + "where id = ?").param(id.value()).query(JdbcKiosks::kiosk).optional();
    }

    @Override
    public List<Kiosk> list(UUID agency) {
        return jdbc.sql(COLUMNS + "where (cast(? as uuid) is null or agency_id = ?) order by registered_at desc")
                .params(agency, agency).query(JdbcKiosks::kiosk).list();
    }

    @Override
    public void add(Kiosk kiosk) {
        jdbc.sql("""
                        insert into kiosks (id, agency_id, name, kind, credential_hash, registered_at, revoked_at)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(kiosk.id().value(), kiosk.agency(), kiosk.name(), Codes.of(kiosk.kind()),
                        kiosk.credentialHash(), timestamp(kiosk.registeredAt()), timestamp(kiosk.revokedAt()))
                .update();
    }

    @Override
    public void update(Kiosk kiosk) {
        jdbc.sql("update kiosks set revoked_at = ? where id = ?")
                .params(timestamp(kiosk.revokedAt()), kiosk.id().value()).update();
    }

    private static Kiosk kiosk(ResultSet rs, int row) throws SQLException {
        return Kiosk.restore(new KioskId(rs.getObject("id", UUID.class)), rs.getObject("agency_id", UUID.class),
                rs.getString("name"), Codes.parse(KioskKind.class, rs.getString("kind"), "kind"),
                rs.getBytes("credential_hash"), instant(rs, "registered_at"), instant(rs, "revoked_at"));
    }
}
