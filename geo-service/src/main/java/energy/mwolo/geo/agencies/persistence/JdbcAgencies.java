package energy.mwolo.geo.agencies.persistence;

import energy.mwolo.geo.agencies.model.Agencies;
import energy.mwolo.geo.agencies.model.Agency;
import energy.mwolo.geo.agencies.model.AgencyCode;
import energy.mwolo.geo.agencies.model.AgencyDetails;
import energy.mwolo.geo.agencies.model.AgencyId;
import energy.mwolo.geo.agencies.model.AgencyLocation;
import energy.mwolo.geo.agencies.model.Coordinates;
import energy.mwolo.geo.agencies.model.UserId;
import energy.mwolo.geo.geography.model.ProvinceId;
import energy.mwolo.geo.geography.model.TerritoryId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcAgencies implements Agencies {

    private final JdbcClient jdbc;

    JdbcAgencies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Agency> byId(AgencyId id) {
        return jdbc.sql("""
                        select id, code, name, province_id, territory_id, address, phone, email, manager_id,
                               latitude, longitude, opening_hours, is_active
                        from agencies where id = :id for update""")
                .param("id", id.value())
                .query(JdbcAgencies::agency)
                .optional();
    }

    @Override
    public List<Agency> lockWithUnpublishedCountry() {
        return jdbc.sql("""
                        select id, code, name, province_id, territory_id, address, phone, email, manager_id,
                               latitude, longitude, opening_hours, is_active
                        from agencies where not country_published order by code for update""")
                .query(JdbcAgencies::agency)
                .list();
    }

    @Override
    public void markCountryPublished(AgencyId id) {
        jdbc.sql("update agencies set country_published = true where id = :id").param("id", id.value()).update();
    }

    @Override
    public void add(Agency agency) {
        write(agency, """
                insert into agencies (id, code, name, province_id, territory_id, address, phone, email, manager_id,
                                      latitude, longitude, opening_hours, is_active)
                values (:id, :code, :name, :province, :territory, :address, :phone, :email, :manager,
                        :latitude, :longitude, :openingHours, :active)""");
    }

    @Override
    public void update(Agency agency) {
        write(agency, """
                update agencies set name = :name, province_id = :province, territory_id = :territory,
                       address = :address, phone = :phone, email = :email, manager_id = :manager,
                       latitude = :latitude, longitude = :longitude, opening_hours = :openingHours,
                       is_active = :active, updated_at = now()
                where id = :id and code = :code""");
    }

    private void write(Agency agency, String sql) {
        AgencyDetails details = agency.details();
        Coordinates position = details.coordinates();
        jdbc.sql(sql)
                .param("id", agency.id().value())
                .param("code", agency.code().value())
                .param("name", details.name())
                .param("province", agency.location().province().value())
                .param("territory", agency.location().territory() == null ? null
                        : agency.location().territory().value(), Types.OTHER)
                .param("address", details.address())
                .param("phone", details.phone())
                .param("email", details.email())
                .param("manager", details.manager() == null ? null : details.manager().value(),
                        Types.OTHER)
                .param("latitude", position == null ? null : position.latitude(), Types.NUMERIC)
                .param("longitude", position == null ? null : position.longitude(), Types.NUMERIC)
                .param("openingHours", details.openingHours())
                .param("active", agency.isActive())
                .update();
    }

    private static Agency agency(ResultSet rs, int row) throws SQLException {
        UUID territory = rs.getObject("territory_id", UUID.class);
        UUID manager = rs.getObject("manager_id", UUID.class);
        return Agency.restore(
                new AgencyId(rs.getObject("id", UUID.class)),
                new AgencyCode(rs.getString("code")),
                new AgencyLocation(new ProvinceId(rs.getObject("province_id", UUID.class)),
                        territory == null ? null : new TerritoryId(territory)),
                new AgencyDetails(rs.getString("name"), rs.getString("address"), rs.getString("phone"),
                        rs.getString("email"), manager == null ? null : new UserId(manager),
                        Coordinates.ofNullable(rs.getBigDecimal("latitude"), rs.getBigDecimal("longitude")),
                        rs.getString("opening_hours")),
                rs.getBoolean("is_active"));
    }
}
