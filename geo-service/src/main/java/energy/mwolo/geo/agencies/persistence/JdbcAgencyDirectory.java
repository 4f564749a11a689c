package energy.mwolo.geo.agencies.persistence;

import energy.mwolo.geo.agencies.application.AgencyDirectory;
import energy.mwolo.geo.agencies.application.AgencyOrdering;
import energy.mwolo.geo.agencies.application.AgencyQuery;
import energy.mwolo.geo.agencies.application.AgencyView;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcAgencyDirectory implements AgencyDirectory {

    private static final String SELECT = """
            select a.id, a.code, a.name, a.province_id, p.code as province_code, p.name as province_name,
                   a.territory_id, t.name as territory_name, a.address, a.phone, a.email, a.manager_id,
                   a.latitude, a.longitude, a.opening_hours, a.is_active, a.created_at, a.updated_at
            from agencies a
            join provinces p on p.id = a.province_id
            left join territories t on t.id = a.territory_id""";

    private final JdbcClient jdbc;

    JdbcAgencyDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<AgencyView> byId(UUID id) {
        return jdbc.sql(SELECT + " where a.id = :id").param("id", id).query(JdbcAgencyDirectory::view).optional();
    }

    @Override
    public long count(AgencyQuery query) {
        Where where = Where.of(query);
        return jdbc.sql("select count(*) from agencies a" + where.sql())
                .params(where.params())
                .query(Long.class)
                .single();
    }

    @Override
    public List<AgencyView> find(AgencyQuery query, long offset, int limit) {
        Where where = Where.of(query);
        return jdbc.sql(SELECT + where.sql() + orderBy(query.ordering()) + " limit :limit offset :offset")
                .params(where.params())
                .param("limit", limit)
                .param("offset", offset)
                .query(JdbcAgencyDirectory::view)
                .list();
    }

    /** Columns come from a closed enum, never from the request text; the id makes pages stable. */
    private static String orderBy(AgencyOrdering ordering) {
        return ordering.keys().stream()
                .map(key -> "a." + column(key.field()) + (key.descending() ? " desc" : " asc"))
                .collect(Collectors.joining(", ", " order by ", ", a.id"));
    }

    private static String column(AgencyOrdering.Field field) {
        return switch (field) {
            case NAME -> "name";
            case CODE -> "code";
            case CREATED_AT -> "created_at";
        };
    }

    private static AgencyView view(ResultSet rs, int row) throws SQLException {
        return new AgencyView(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("name"),
                rs.getObject("province_id", UUID.class), rs.getString("province_code"), rs.getString("province_name"),
                rs.getObject("territory_id", UUID.class), rs.getString("territory_name"), rs.getString("address"),
                rs.getString("phone"), rs.getString("email"), rs.getObject("manager_id", UUID.class),
                rs.getBigDecimal("latitude"), rs.getBigDecimal("longitude"), rs.getString("opening_hours"),
                rs.getBoolean("is_active"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }

    /** The conditions a query sets; callers who may not see closed agencies never get one. */
    private record Where(String sql, Map<String, Object> params) {

        static Where of(AgencyQuery query) {
            List<String> conditions = new ArrayList<>();
            Map<String, Object> params = new LinkedHashMap<>();
            if (!query.includeClosed()) {
                conditions.add("a.is_active");
            }
            if (query.active() != null) {
                conditions.add("a.is_active = :active");
                params.put("active", query.active());
            }
            if (query.province() != null) {
                conditions.add("a.province_id = :province");
                params.put("province", query.province());
            }
            if (query.territory() != null) {
                conditions.add("a.territory_id = :territory");
                params.put("territory", query.territory());
            }
            if (query.search() != null) {
                conditions.add("(a.name ilike :search or a.code ilike :search)");
                params.put("search", "%" + escapeLike(query.search()) + "%");
            }
            return new Where(conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions), params);
        }

        private static String escapeLike(String text) {
            return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        }
    }
}
