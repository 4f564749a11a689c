package energy.mwolo.operations.meters.persistence;

import energy.mwolo.operations.access.ReadScope;
import energy.mwolo.operations.kernel.Codes;
import energy.mwolo.operations.meters.application.MeterDirectory;
import energy.mwolo.operations.meters.application.MeterLinkView;
import energy.mwolo.operations.meters.application.MeterQuery;
import energy.mwolo.operations.meters.application.MeterView;
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

/**
 * Meters read with SQL, with their equipment, site (from crm's read model) and open link. A customer's rows are
 * those on its own sites or measuring its own contracts now.
 */
@Repository
class JdbcMeterDirectory implements MeterDirectory {

    private static final String FROM = """
             from meters m
             join equipment e on e.id = m.equipment_id
             left join read_sites s on s.id = m.site_id
             left join meter_links l on l.meter_id = m.id and l.unlinked_at is null
             left join read_contracts c on c.id = l.contract_id""";
    private static final String SELECT = """
            select m.id, m.number, m.equipment_id, e.serial_number, e.status as equipment_status, m.site_id,
                   s.reference as site_reference, s.name as site_name, m.kind, m.remote_relay, m.relay_state,
                   m.relay_changed_at, l.contract_id, c.number as contract_number, l.linked_at, m.last_reading_kwh,
                   m.last_reading_at, m.last_seen_at, m.created_at, m.updated_at
            """ + FROM;
    private static final Map<String, String> COLUMNS = Map.of("number", "m.number", "created_at", "m.created_at",
            "last_seen_at", "m.last_seen_at");

    private final JdbcClient jdbc;

    JdbcMeterDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<MeterView> byId(UUID id, ReadScope scope) {
        Filters filters = owned(new Filters().equal("m.id", id), scope);
        return jdbc.sql(SELECT + filters.sql()).params(filters.params()).query(JdbcMeterDirectory::view).optional();
    }

    @Override
    public List<MeterLinkView> links(UUID meter, ReadScope scope) {
        if (scope.seesNothing()) {
            return List.of();
        }
        Filters filters = new Filters().equal("l.meter_id", meter);
        if (scope.restricted()) {
            filters.where("lc.client_id = ?", scope.ownClient());
        }
        return jdbc.sql("""
                        select l.id, l.contract_id, lc.number as contract_number, l.linked_at,
                               l.opening_register_kwh, l.unlinked_at, l.closing_register_kwh, l.replaces_meter_id,
                               l.replaced_by_meter_id
                        from meter_links l left join read_contracts lc on lc.id = l.contract_id"""
                        + filters.sql() + " order by l.linked_at, l.id")
                .params(filters.params())
                .query((rs, row) -> new MeterLinkView(rs.getObject("id", UUID.class),
                        rs.getObject("contract_id", UUID.class), rs.getString("contract_number"),
                        instant(rs.getTimestamp("linked_at")), rs.getBigDecimal("opening_register_kwh"),
                        instant(rs.getTimestamp("unlinked_at")), rs.getBigDecimal("closing_register_kwh"),
                        rs.getObject("replaces_meter_id", UUID.class),
                        rs.getObject("replaced_by_meter_id", UUID.class)))
                .list();
    }

    @Override
    public long count(MeterQuery query) {
        Filters filters = filters(query);
        return jdbc.sql("select count(*) " + FROM + filters.sql()).params(filters.params()).query(Long.class)
                .single();
    }

    @Override
    public List<MeterView> find(MeterQuery query, long offset, int limit) {
        Filters filters = filters(query);
        return jdbc.sql(SELECT + filters.sql() + Filters.orderBy(query.ordering(), COLUMNS, "m.id")
                        + " limit :limit offset :offset")
                .params(filters.params())
                .param("limit", limit)
                .param("offset", offset)
                .query(JdbcMeterDirectory::view)
                .list();
    }

    private static Filters filters(MeterQuery query) {
        Filters filters = new Filters()
                .equal("m.site_id", query.site())
                .equal("l.contract_id", query.contract())
                .equal("m.kind", Codes.of(query.kind()))
                .equal("m.relay_state", Codes.of(query.relayState()))
                .equal("m.remote_relay", query.remoteRelay())
                .search(query.search(), "m.number", "e.serial_number");
        if (query.linked() != null) {
            filters.always(query.linked() ? "l.id is not null" : "l.id is null");
        }
        return owned(filters, query.scope());
    }

    /** A customer's rows only; a customer whose token names no client yet gets none. */
    private static Filters owned(Filters filters, ReadScope scope) {
        if (scope.seesNothing()) {
            return filters.always("false");
        }
        if (scope.restricted()) {
            filters.where("(s.client_id = ? or c.client_id = ?)", scope.ownClient());
        }
        return filters;
    }

    private static MeterView view(ResultSet rs, int row) throws SQLException {
        return new MeterView(rs.getObject("id", UUID.class), rs.getString("number"),
                rs.getObject("equipment_id", UUID.class), rs.getString("serial_number"),
                rs.getString("equipment_status"), rs.getObject("site_id", UUID.class),
                rs.getString("site_reference"), rs.getString("site_name"), rs.getString("kind"),
                rs.getBoolean("remote_relay"), rs.getString("relay_state"),
                instant(rs.getTimestamp("relay_changed_at")), rs.getObject("contract_id", UUID.class),
                rs.getString("contract_number"), instant(rs.getTimestamp("linked_at")),
                rs.getBigDecimal("last_reading_kwh"), instant(rs.getTimestamp("last_reading_at")),
                instant(rs.getTimestamp("last_seen_at")), instant(rs.getTimestamp("created_at")),
                instant(rs.getTimestamp("updated_at")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
