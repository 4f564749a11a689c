package energy.mwolo.operations.equipment.persistence;

import energy.mwolo.operations.equipment.application.EquipmentDirectory;
import energy.mwolo.operations.equipment.application.EquipmentQuery;
import energy.mwolo.operations.equipment.application.EquipmentView;
import energy.mwolo.operations.kernel.Codes;
import energy.mwolo.operations.persistence.Filters;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcEquipmentDirectory implements EquipmentDirectory {

    private static final String SELECT = """
            select e.id, e.type, e.serial_number, e.site_id, s.reference as site_reference, s.name as site_name,
                   e.status, e.install_date, e.last_maintenance, e.notes, e.created_at, e.updated_at
            from equipment e left join read_sites s on s.id = e.site_id""";
    private static final Map<String, String> COLUMNS = Map.of("serial_number", "lower(e.serial_number)",
            "install_date", "e.install_date", "last_maintenance", "e.last_maintenance", "created_at", "e.created_at");

    private final JdbcClient jdbc;

    JdbcEquipmentDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<EquipmentView> byId(UUID id) {
        return jdbc.sql(SELECT + " where e.id = :id").param("id", id).query(JdbcEquipmentDirectory::view).optional();
    }

    @Override
    public long count(EquipmentQuery query) {
        Filters filters = filters(query);
        return jdbc.sql("select count(*) from equipment e" + filters.sql()).params(filters.params())
                .query(Long.class).single();
    }

    @Override
    public List<EquipmentView> find(EquipmentQuery query, long offset, int limit) {
        Filters filters = filters(query);
        return jdbc.sql(SELECT + filters.sql() + Filters.orderBy(query.ordering(), COLUMNS, "e.id")
                        + " limit :limit offset :offset")
                .params(filters.params())
                .param("limit", limit)
                .param("offset", offset)
                .query(JdbcEquipmentDirectory::view)
                .list();
    }

    private static Filters filters(EquipmentQuery query) {
        return new Filters()
                .equal("e.type", Codes.of(query.type()))
                .equal("e.status", Codes.of(query.status()))
                .equal("e.site_id", query.site())
                .search(query.search(), "e.serial_number", "e.notes");
    }

    private static EquipmentView view(ResultSet rs, int row) throws SQLException {
        return new EquipmentView(rs.getObject("id", UUID.class), rs.getString("type"), rs.getString("serial_number"),
                rs.getObject("site_id", UUID.class), rs.getString("site_reference"), rs.getString("site_name"),
                rs.getString("status"), date(rs.getDate("install_date")), date(rs.getDate("last_maintenance")),
                rs.getString("notes"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }

    private static LocalDate date(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
