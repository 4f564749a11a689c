package energy.mwolo.crm.sites.persistence;

import energy.mwolo.crm.geography.PlaceIds;
import energy.mwolo.crm.persistence.Ordering;
import energy.mwolo.crm.persistence.Where;
import energy.mwolo.crm.sites.application.SiteDirectory;
import energy.mwolo.crm.sites.application.SiteQuery;
import energy.mwolo.crm.sites.model.Coordinates;
import energy.mwolo.crm.sites.model.Site;
import energy.mwolo.crm.sites.model.SiteDetails;
import energy.mwolo.crm.sites.model.SiteUsage;
import energy.mwolo.crm.sites.model.Sites;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcSites implements Sites, SiteDirectory {

    private static final Map<String, String> ORDERABLE = Map.of(
            "reference", "reference", "name", "name", "created_at", "created_at");

    private final JdbcClient jdbc;

    JdbcSites(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long nextReference() {
        return jdbc.sql("select nextval('site_references')").query(Long.class).single();
    }

    @Override
    public void add(Site site) {
        jdbc.sql("""
                insert into sites (id, reference, client_id, name, address, latitude, longitude, usage,
                                   is_protected, is_active, country_id, province_id, commune_id, territory_id,
                                   created_at, updated_at)
                values (:id, :reference, :client, :name, :address, :latitude, :longitude, :usage, :protected,
                        :active, :country, :province, :commune, :territory, :createdAt, :updatedAt)""")
                .params(columns(site)).update();
    }

    @Override
    public void update(Site site) {
        jdbc.sql("""
                update sites set name = :name, address = :address, latitude = :latitude, longitude = :longitude,
                       usage = :usage, is_protected = :protected, is_active = :active, country_id = :country,
                       province_id = :province, commune_id = :commune, territory_id = :territory,
                       updated_at = :updatedAt
                where id = :id""")
                .params(columns(site)).update();
    }

    @Override
    public Optional<Site> byId(UUID id) {
        return jdbc.sql("select * from sites where id = ?").param(id).query(JdbcSites::site).optional();
    }

    @Override
    public long count(SiteQuery query) {
        Where where = where(query);
        return jdbc.sql("select count(*) from sites" + where.sql()).params(where.params()).query(Long.class).single();
    }

    @Override
    public List<Site> find(SiteQuery query, long offset, int limit) {
        Where where = where(query);
        return jdbc.sql("select * from sites" + where.sql() + Ordering.sql(null, ORDERABLE, "reference")
                        + " limit :limit offset :offset")
                .params(where.params()).param("limit", limit).param("offset", offset)
                .query(JdbcSites::site).list();
    }

    private static Where where(SiteQuery query) {
        Where where = new Where();
        where.ownedBy("client_id", query.restricted(), query.onlyClient());
        where.addIf(query.client() != null, "client_id = :client", "client", query.client());
        where.addIf(query.active() != null, "is_active = :active", "active", query.active());
        if (query.search() != null && !query.search().isBlank()) {
            where.add("(name ilike :search or reference ilike :search)", "search", Where.contains(query.search()));
        }
        return where;
    }

    private static Map<String, Object> columns(Site site) {
        SiteDetails d = site.details();
        Map<String, Object> columns = new HashMap<>();
        columns.put("id", site.id());
        columns.put("reference", site.reference());
        columns.put("client", site.clientId());
        columns.put("name", d.name());
        columns.put("address", d.address());
        columns.put("latitude", d.coordinates() == null ? null : d.coordinates().latitude());
        columns.put("longitude", d.coordinates() == null ? null : d.coordinates().longitude());
        columns.put("usage", d.usage().code());
        columns.put("protected", d.isProtected());
        columns.put("active", d.active());
        columns.put("country", d.places().country());
        columns.put("province", d.places().province());
        columns.put("commune", d.places().commune());
        columns.put("territory", d.places().territory());
        columns.put("createdAt", Timestamp.from(site.createdAt()));
        columns.put("updatedAt", Timestamp.from(site.updatedAt()));
        return columns;
    }

    private static Site site(ResultSet rs, int row) throws SQLException {
        SiteDetails details = new SiteDetails(rs.getString("name"), rs.getString("address"),
                Coordinates.ofNullable(rs.getBigDecimal("latitude"), rs.getBigDecimal("longitude")),
                SiteUsage.of(rs.getString("usage")), rs.getBoolean("is_protected"), rs.getBoolean("is_active"),
                new PlaceIds(rs.getObject("country_id", UUID.class), rs.getObject("province_id", UUID.class),
                        rs.getObject("commune_id", UUID.class), rs.getObject("territory_id", UUID.class)));
        return new Site(rs.getObject("id", UUID.class), rs.getString("reference"),
                rs.getObject("client_id", UUID.class), details, rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
