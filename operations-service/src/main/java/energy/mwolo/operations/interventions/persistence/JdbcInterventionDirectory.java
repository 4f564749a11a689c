package energy.mwolo.operations.interventions.persistence;

import energy.mwolo.operations.interventions.application.InterventionDirectory;
import energy.mwolo.operations.interventions.application.InterventionQuery;
import energy.mwolo.operations.interventions.application.InterventionView;
import energy.mwolo.operations.kernel.Codes;
import energy.mwolo.operations.persistence.Filters;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcInterventionDirectory implements InterventionDirectory {

    private static final String SELECT = """
            select i.id, i.type, i.site_id, s.reference as site_reference, s.name as site_name, i.equipment_id,
                   e.serial_number, i.description, i.scheduled_date, i.technician_id, i.status, i.started_at,
                   i.completed_at, i.report, i.cancelled_at, i.cancellation_reason, i.created_at, i.updated_at
            from interventions i
            left join read_sites s on s.id = i.site_id
            left join equipment e on e.id = i.equipment_id""";
    private static final Map<String, String> COLUMNS = Map.of("scheduled_date", "i.scheduled_date",
            "created_at", "i.created_at", "completed_at", "i.completed_at");

    private final JdbcClient jdbc;

    JdbcInterventionDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<InterventionView> byId(UUID id) {
        return jdbc.sql(SELECT + " where i.id = :id").param("id", id).query(JdbcInterventionDirectory::view)
                .optional();
    }

    @Override
    public long count(InterventionQuery query) {
        Filters filters = filters(query);
        return jdbc.sql("select count(*) from interventions i" + filters.sql()).params(filters.params())
                .query(Long.class).single();
    }

    @Override
    public List<InterventionView> find(InterventionQuery query, long offset, int limit) {
        Filters filters = filters(query);
        return jdbc.sql(SELECT + filters.sql() + Filters.orderBy(query.ordering(), COLUMNS, "i.id")
                        + " limit :limit offset :offset")
                .params(filters.params())
                .param("limit", limit)
                .param("offset", offset)
                .query(JdbcInterventionDirectory::view)
                .list();
    }

    private static Filters filters(InterventionQuery query) {
        return new Filters()
                .equal("i.type", Codes.of(query.type()))
                .equal("i.status", Codes.of(query.status()))
                .equal("i.site_id", query.site())
                .equal("i.equipment_id", query.equipment())
                .equal("i.technician_id", query.technician())
                .where("i.scheduled_date >= ?", query.scheduledFrom())
                .where("i.scheduled_date <= ?", query.scheduledTo());
    }

    private static InterventionView view(ResultSet rs, int row) throws SQLException {
        return new InterventionView(rs.getObject("id", UUID.class), rs.getString("type"),
                rs.getObject("site_id", UUID.class), rs.getString("site_reference"), rs.getString("site_name"),
                rs.getObject("equipment_id", UUID.class), rs.getString("serial_number"),
                rs.getString("description"), rs.getDate("scheduled_date").toLocalDate(),
                rs.getObject("technician_id", UUID.class), rs.getString("status"),
                instant(rs.getTimestamp("started_at")), instant(rs.getTimestamp("completed_at")),
                rs.getString("report"), instant(rs.getTimestamp("cancelled_at")),
                rs.getString("cancellation_reason"), instant(rs.getTimestamp("created_at")),
                instant(rs.getTimestamp("updated_at")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
