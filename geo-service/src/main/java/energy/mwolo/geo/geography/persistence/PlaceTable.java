package energy.mwolo.geo.geography.persistence;

import energy.mwolo.geo.geography.model.DuplicatePlaceCode;
import energy.mwolo.geo.geography.model.PlaceCode;
import energy.mwolo.geo.geography.model.PlaceInUse;
import energy.mwolo.geo.geography.model.PlaceKind;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The SQL every place table shares, and the one place where its constraints become domain errors: the unique
 * (parent, code) key gives {@link DuplicatePlaceCode}; a foreign key that a delete or a move would break gives
 * {@link PlaceInUse}. Table and column names come from the repositories, never from requests.
 */
final class PlaceTable {

    private final JdbcClient jdbc;
    private final String table;
    private final PlaceKind kind;

    PlaceTable(JdbcClient jdbc, String table, PlaceKind kind) {
        this.jdbc = jdbc;
        this.table = table;
        this.kind = kind;
    }

    <T> Optional<T> byId(UUID id, RowMapper<T> mapper) {
        return jdbc.sql("select * from " + table + " where id = :id").param("id", id).query(mapper).optional();
    }

    /** @param columns the values by column name, id excepted */
    void insert(UUID id, Map<String, Object> columns, PlaceCode code) {
        Map<String, Object> row = new LinkedHashMap<>(columns);
        row.put("id", id);
        String names = String.join(", ", row.keySet());
        String values = row.keySet().stream().map(column -> ":" + column).collect(Collectors.joining(", "));
        rejectingDuplicates(code, () -> jdbc.sql("insert into " + table + " (" + names + ") values (" + values + ")")
                .params(row)
                .update());
    }

    /** @param columns the values by column name, id excepted */
    void update(UUID id, Map<String, Object> columns, PlaceCode code, String name) {
        String assignments = columns.keySet().stream()
                .map(column -> column + " = :" + column)
                .collect(Collectors.joining(", "));
        try {
            rejectingDuplicates(code, () -> jdbc
                    .sql("update " + table + " set " + assignments + ", updated_at = now() where id = :id")
                    .params(columns)
                    .param("id", id)
                    .update());
        } catch (DataIntegrityViolationException e) {
            throw new PlaceInUse(kind, name);
        }
    }

    void delete(UUID id, String name) {
        try {
            jdbc.sql("delete from " + table + " where id = :id").param("id", id).update();
        } catch (DataIntegrityViolationException e) {
            throw new PlaceInUse(kind, name);
        }
    }

    private void rejectingDuplicates(PlaceCode code, Runnable write) {
        try {
            write.run();
        } catch (DuplicateKeyException e) {
            throw new DuplicatePlaceCode(kind, code);
        }
    }
}
