package energy.mwolo.operations.consumption.persistence;

import energy.mwolo.operations.consumption.application.ConsumptionStore;
import energy.mwolo.operations.consumption.model.BillingPeriod;
import energy.mwolo.operations.consumption.model.LinkSpan;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Contracts' links and the figures as published, in SQL; a bound's readings come from the readings' store. */
@Repository
class JdbcConsumptionStore implements ConsumptionStore {

    private static final String UPSERT = """
            insert into consumption_periods (contract_id, period_start, period_end, site_id, meter_id, meter_number,
                                             kwh, estimated, register_start, register_end, revision, computed_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (contract_id, period_start) do update
               set meter_id = excluded.meter_id, meter_number = excluded.meter_number, kwh = excluded.kwh,
                   estimated = excluded.estimated, register_start = excluded.register_start,
                   register_end = excluded.register_end, revision = excluded.revision,
                   computed_at = excluded.computed_at""";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    JdbcConsumptionStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    @Override
    public List<UUID> contractsMeteredIn(BillingPeriod period) {
        return jdbc.sql("""
                select distinct contract_id from meter_links
                 where linked_at < ? and (unlinked_at is null or unlinked_at > ?)
                 order by contract_id""")
                .params(Timestamp.from(period.end()), Timestamp.from(period.start()))
                .query(UUID.class).list();
    }

    @Override
    public Optional<ContractRef> contract(UUID contract) {
        return jdbc.sql("select id, site_id, client_id from read_contracts where id = ?").param(contract)
                .query((row, n) -> new ContractRef(uuid(row, 1), uuid(row, 2), uuid(row, 3))).optional();
    }

    @Override
    public List<LinkSpan> links(UUID contract) {
        return jdbc.sql("""
                select l.meter_id, m.number, l.linked_at, l.opening_register_kwh, l.unlinked_at, l.closing_register_kwh
                  from meter_links l join meters m on m.id = l.meter_id
                 where l.contract_id = ?""")
                .param(contract)
                .query((row, n) -> new LinkSpan(uuid(row, 1), row.getString(2), instant(row, 3),
                        row.getBigDecimal(4), instant(row, 5), row.getBigDecimal(6)))
                .list();
    }

    @Override
    public Optional<Figure> published(UUID contract, BillingPeriod period) {
        return figure(contract, period, " for update");
    }

    @Override
    public Optional<Figure> publishedFigure(UUID contract, BillingPeriod period) {
        return figure(contract, period, "");
    }

    private Optional<Figure> figure(UUID contract, BillingPeriod period, String lock) {
        return jdbc.sql("""
                select meter_id, meter_number, kwh, estimated, register_start, register_end, revision
                  from consumption_periods where contract_id = ? and period_start = ?""" + lock)
                .params(contract, period.firstDay())
                .query((row, n) -> new Figure(uuid(row, 1), row.getString(2), row.getBigDecimal(3),
                        row.getBoolean(4), row.getBigDecimal(5), row.getBigDecimal(6), row.getInt(7)))
                .optional();
    }

    @Override
    public void save(UUID contract, BillingPeriod period, UUID site, Figure figure, Instant now) {
        jdbc.sql(UPSERT).params(upsert(period, new Recorded(contract, site, figure), Timestamp.from(now))).update();
    }

    @Override
    public Map<UUID, ContractRef> contracts(Collection<UUID> contracts) {
        Map<UUID, ContractRef> refs = new HashMap<>();
        jdbc.sql("select id, site_id, client_id from read_contracts where id = any(?::uuid[])")
                .param(ids(contracts))
                .query((row, n) -> new ContractRef(uuid(row, 1), uuid(row, 2), uuid(row, 3)))
                .list().forEach(ref -> refs.put(ref.id(), ref));
        return refs;
    }

    @Override
    public Map<UUID, List<LinkSpan>> links(Collection<UUID> contracts) {
        Map<UUID, List<LinkSpan>> links = new HashMap<>();
        jdbc.sql("""
                select l.contract_id, l.meter_id, m.number, l.linked_at, l.opening_register_kwh, l.unlinked_at,
                       l.closing_register_kwh
                  from meter_links l join meters m on m.id = l.meter_id
                 where l.contract_id = any(?::uuid[])""")
                .param(ids(contracts))
                .query((ResultSet row) -> {
                    links.computeIfAbsent(uuid(row, 1), contract -> new ArrayList<>()).add(new LinkSpan(
                            uuid(row, 2), row.getString(3), instant(row, 4), row.getBigDecimal(5), instant(row, 6),
                            row.getBigDecimal(7)));
                });
        return links;
    }

    @Override
    public Map<UUID, Figure> published(Collection<UUID> contracts, BillingPeriod period) {
        Map<UUID, Figure> figures = new HashMap<>();
        jdbc.sql("""
                select contract_id, meter_id, meter_number, kwh, estimated, register_start, register_end, revision
                  from consumption_periods where contract_id = any(?::uuid[]) and period_start = ?
                 order by contract_id for update""")
                .params(ids(contracts), period.firstDay())
                .query((ResultSet row) -> {
                    figures.put(uuid(row, 1), new Figure(uuid(row, 2), row.getString(3), row.getBigDecimal(4),
                            row.getBoolean(5), row.getBigDecimal(6), row.getBigDecimal(7), row.getInt(8)));
                });
        return figures;
    }

    @Override
    public void saveAll(BillingPeriod period, List<Recorded> figures, Instant now) {
        Timestamp at = Timestamp.from(now);
        template.batchUpdate(UPSERT, figures.stream().map(recorded -> upsert(period, recorded, at)).toList());
    }

    private static Object[] upsert(BillingPeriod period, Recorded recorded, Timestamp now) {
        Figure figure = recorded.figure();
        return new Object[] {recorded.contract(), period.firstDay(), period.lastDay(), recorded.site(),
            figure.meterId(), figure.meterNumber(), figure.kwh(), figure.estimated(), figure.registerStartKwh(),
            figure.registerEndKwh(), figure.revision(), now};
    }

    /** Ids as the text of a uuid array, which the statement casts: one parameter whatever the batch's size. */
    private static String ids(Collection<UUID> ids) {
        return ids.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}"));
    }

    @Override
    public List<ContractPeriod> takeMarked(int limit) {
        List<Mark> marks = jdbc.sql("""
                delete from consumption_recomputations
                 where (meter_id, period_start) in (select meter_id, period_start from consumption_recomputations
                                                     limit ? for update skip locked)
                returning meter_id, period_start""")
                .param(limit)
                .query((row, n) -> new Mark(uuid(row, 1), row.getObject(2, LocalDate.class)))
                .list();
        List<ContractPeriod> periods = new ArrayList<>();
        for (Mark mark : marks) {
            BillingPeriod period = new BillingPeriod(YearMonth.from(mark.periodStart()));
            jdbc.sql("""
                    select distinct l.contract_id from meter_links l
                      join consumption_periods c on c.contract_id = l.contract_id and c.period_start = ?
                     where l.meter_id = ? and l.linked_at < ? and (l.unlinked_at is null or l.unlinked_at > ?)""")
                    .params(period.firstDay(), mark.meterId(), Timestamp.from(period.end()),
                            Timestamp.from(period.start()))
                    .query(UUID.class).list()
                    .forEach(contract -> periods.add(new ContractPeriod(contract, period)));
        }
        return periods.stream().distinct().toList();
    }

    private record Mark(UUID meterId, LocalDate periodStart) {
    }

    private static UUID uuid(ResultSet row, int column) throws SQLException {
        return row.getObject(column, UUID.class);
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        Timestamp value = row.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
