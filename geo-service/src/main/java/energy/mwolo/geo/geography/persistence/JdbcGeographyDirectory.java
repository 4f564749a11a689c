package energy.mwolo.geo.geography.persistence;

import energy.mwolo.geo.geography.application.CommuneView;
import energy.mwolo.geo.geography.application.CountryView;
import energy.mwolo.geo.geography.application.GeographyDirectory;
import energy.mwolo.geo.geography.application.NationalityView;
import energy.mwolo.geo.geography.application.ProvinceView;
import energy.mwolo.geo.geography.application.TerritoryView;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcGeographyDirectory implements GeographyDirectory {

    private static final String COUNTRIES = "select x.id, x.code, x.name, x.created_at, x.updated_at from countries x";
    private static final String PROVINCES = """
            select x.id, x.country_id, c.code as country_code, c.name as country_name, x.code, x.name,
                   x.created_at, x.updated_at
            from provinces x join countries c on c.id = x.country_id""";
    private static final String COMMUNES = """
            select x.id, x.province_id, p.code as province_code, p.name as province_name, x.code, x.name,
                   x.created_at, x.updated_at
            from communes x join provinces p on p.id = x.province_id""";
    private static final String TERRITORIES = """
            select x.id, x.commune_id, m.name as commune_name, x.province_id, p.code as province_code,
                   p.name as province_name, x.code, x.name, x.created_at, x.updated_at
            from territories x join communes m on m.id = x.commune_id join provinces p on p.id = x.province_id""";
    private static final String NATIONALITIES = """
            select x.id, x.country_id, c.code as country_code, c.name as country_name, x.code, x.name,
                   x.created_at, x.updated_at
            from nationalities x join countries c on c.id = x.country_id""";

    private final JdbcClient jdbc;

    JdbcGeographyDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long countCountries() {
        return count("countries", Filter.NONE);
    }

    @Override
    public List<CountryView> countries(long offset, int limit) {
        return page(COUNTRIES, Filter.NONE, offset, limit, JdbcGeographyDirectory::country);
    }

    @Override
    public Optional<CountryView> country(UUID id) {
        return one(COUNTRIES, id, JdbcGeographyDirectory::country);
    }

    @Override
    public long countProvinces(UUID country) {
        return count("provinces", Filter.of("country_id", country));
    }

    @Override
    public List<ProvinceView> provinces(UUID country, long offset, int limit) {
        return page(PROVINCES, Filter.of("country_id", country), offset, limit, JdbcGeographyDirectory::province);
    }

    @Override
    public Optional<ProvinceView> province(UUID id) {
        return one(PROVINCES, id, JdbcGeographyDirectory::province);
    }

    @Override
    public long countCommunes(UUID province) {
        return count("communes", Filter.of("province_id", province));
    }

    @Override
    public List<CommuneView> communes(UUID province, long offset, int limit) {
        return page(COMMUNES, Filter.of("province_id", province), offset, limit, JdbcGeographyDirectory::commune);
    }

    @Override
    public Optional<CommuneView> commune(UUID id) {
        return one(COMMUNES, id, JdbcGeographyDirectory::commune);
    }

    @Override
    public long countTerritories(UUID commune, UUID province) {
        return count("territories", Filter.of("commune_id", commune).and("province_id", province));
    }

    @Override
    public List<TerritoryView> territories(UUID commune, UUID province, long offset, int limit) {
        return page(TERRITORIES, Filter.of("commune_id", commune).and("province_id", province), offset, limit,
                JdbcGeographyDirectory::territory);
    }

    @Override
    public Optional<TerritoryView> territory(UUID id) {
        return one(TERRITORIES, id, JdbcGeographyDirectory::territory);
    }

    @Override
    public long countNationalities(UUID country) {
        return count("nationalities", Filter.of("country_id", country));
    }

    @Override
    public List<NationalityView> nationalities(UUID country, long offset, int limit) {
        return page(NATIONALITIES, Filter.of("country_id", country), offset, limit,
                JdbcGeographyDirectory::nationality);
    }

    @Override
    public Optional<NationalityView> nationality(UUID id) {
        return one(NATIONALITIES, id, JdbcGeographyDirectory::nationality);
    }

    private long count(String table, Filter filter) {
        return jdbc.sql("select count(*) from " + table + " x" + filter.where())
                .params(filter.params())
                .query(Long.class)
                .single();
    }

    private <T> List<T> page(String select, Filter filter, long offset, int limit, RowMapper<T> mapper) {
        return jdbc.sql(select + filter.where() + " order by x.name, x.id limit :limit offset :offset")
                .params(filter.params())
                .param("limit", limit)
                .param("offset", offset)
                .query(mapper)
                .list();
    }

    private <T> Optional<T> one(String select, UUID id, RowMapper<T> mapper) {
        return jdbc.sql(select + " where x.id = :id").param("id", id).query(mapper).optional();
    }

    private static CountryView country(ResultSet rs, int row) throws SQLException {
        return new CountryView(uuid(rs, "id"), rs.getString("code"), rs.getString("name"),
                instant(rs, "created_at"), instant(rs, "updated_at"));
    }

    private static ProvinceView province(ResultSet rs, int row) throws SQLException {
        return new ProvinceView(uuid(rs, "id"), uuid(rs, "country_id"), rs.getString("country_code"),
                rs.getString("country_name"), rs.getString("code"), rs.getString("name"),
                instant(rs, "created_at"), instant(rs, "updated_at"));
    }

    private static CommuneView commune(ResultSet rs, int row) throws SQLException {
        return new CommuneView(uuid(rs, "id"), uuid(rs, "province_id"), rs.getString("province_code"),
                rs.getString("province_name"), rs.getString("code"), rs.getString("name"),
                instant(rs, "created_at"), instant(rs, "updated_at"));
    }

    private static TerritoryView territory(ResultSet rs, int row) throws SQLException {
        return new TerritoryView(uuid(rs, "id"), uuid(rs, "commune_id"), rs.getString("commune_name"),
                uuid(rs, "province_id"), rs.getString("province_code"), rs.getString("province_name"),
                rs.getString("code"), rs.getString("name"), instant(rs, "created_at"), instant(rs, "updated_at"));
    }

    private static NationalityView nationality(ResultSet rs, int row) throws SQLException {
        return new NationalityView(uuid(rs, "id"), uuid(rs, "country_id"), rs.getString("country_code"),
                rs.getString("country_name"), rs.getString("code"), rs.getString("name"),
                instant(rs, "created_at"), instant(rs, "updated_at"));
    }

    private static UUID uuid(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, UUID.class);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getTimestamp(column).toInstant();
    }

    /** Equality conditions on the listed table (alias x), for the filters a request actually sets. */
    private record Filter(String where, Map<String, Object> params) {

        static final Filter NONE = new Filter("", Map.of());

        static Filter of(String column, UUID value) {
            return NONE.and(column, value);
        }

        Filter and(String column, UUID value) {
            if (value == null) {
                return this;
            }
            Map<String, Object> more = new LinkedHashMap<>(params);
            more.put(column, value);
            return new Filter((where.isEmpty() ? " where " : where + " and ") + "x." + column + " = :" + column,
                    more);
        }
    }
}
