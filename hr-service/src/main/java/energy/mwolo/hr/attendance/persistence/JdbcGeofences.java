package energy.mwolo.hr.attendance.persistence;

import energy.mwolo.hr.attendance.model.Geofence;
import energy.mwolo.hr.attendance.model.Geofences;
import energy.mwolo.hr.attendance.model.Position;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Agencies' geofences, one row per agency. */
@Component
class JdbcGeofences implements Geofences {

    private final JdbcClient jdbc;

    JdbcGeofences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Geofence> of(UUID agency) {
        return jdbc.sql("select latitude, longitude, radius_metres from agency_geofences where agency_id = ?")
                .param(agency)
                .query((rs, row) -> new Geofence(agency, new Position(rs.getDouble("latitude"),
                        rs.getDouble("longitude")), rs.getInt("radius_metres")))
                .optional();
    }

    @Override
    public void put(Geofence geofence) {
        jdbc.sql("""
                        insert into agency_geofences (agency_id, latitude, longitude, radius_metres)
                        values (?, ?, ?, ?)
                        on conflict (agency_id) do update set latitude = excluded.latitude,
                            longitude = excluded.longitude, radius_metres = excluded.radius_metres""")
                .params(geofence.agency(), geofence.centre().latitude(), geofence.centre().longitude(),
                        geofence.radiusMetres())
                .update();
    }

    @Override
    public boolean remove(UUID agency) {
        return jdbc.sql("delete from agency_geofences where agency_id = ?").param(agency).update() > 0;
    }
}
