package energy.mwolo.crm.interactions;

import energy.mwolo.crm.kernel.Codes;
import energy.mwolo.crm.persistence.Where;
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

/** All interactions; lists are timelines, newest first. */
@Repository
public class Interactions {

    private final JdbcClient jdbc;

    Interactions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void add(Interaction i) {
        Map<String, Object> columns = new HashMap<>();
        columns.put("id", i.id());
        columns.put("client", i.clientId());
        columns.put("type", Codes.of(i.type()));
        columns.put("direction", i.direction() == null ? null : Codes.of(i.direction()));
        columns.put("summary", i.summary());
        columns.put("author", i.authorId());
        columns.put("occurredAt", Timestamp.from(i.occurredAt()));
        columns.put("ticket", i.ticketId());
        columns.put("invoice", i.invoiceId());
        columns.put("createdAt", Timestamp.from(i.createdAt()));
        jdbc.sql("""
                insert into interactions (id, client_id, type, direction, summary, author_id, occurred_at,
                                          ticket_id, invoice_id, created_at)
                values (:id, :client, :type, :direction, :summary, :author, :occurredAt, :ticket, :invoice,
                        :createdAt)""")
                .params(columns).update();
    }

    Optional<Interaction> byId(UUID id) {
        return jdbc.sql("select * from interactions where id = ?").param(id).query(Interactions::row).optional();
    }

    long count(InteractionQuery query) {
        Where where = where(query);
        return jdbc.sql("select count(*) from interactions" + where.sql()).params(where.params())
                .query(Long.class).single();
    }

    List<Interaction> find(InteractionQuery query, long offset, int limit) {
        Where where = where(query);
        return jdbc.sql("select * from interactions" + where.sql()
                        + " order by occurred_at desc, id desc limit :limit offset :offset")
                .params(where.params()).param("limit", limit).param("offset", offset)
                .query(Interactions::row).list();
    }

    private static Where where(InteractionQuery query) {
        Where where = new Where();
        if (query.restricted()) {
            where.add("client_id = :own", "own", query.onlyClient());
        }
        where.addIf(query.client() != null, "client_id = :client", "client", query.client());
        where.addIf(query.type() != null, "type = :type", "type",
                query.type() == null ? null : Codes.of(Interaction.Type.of(query.type())));
        where.addIf(query.author() != null, "author_id = :author", "author", query.author());
        return where;
    }

    private static Interaction row(ResultSet rs, int n) throws SQLException {
        return new Interaction(rs.getObject("id", UUID.class), rs.getObject("client_id", UUID.class),
                Interaction.Type.of(rs.getString("type")),
                Interaction.Direction.ofNullable(rs.getString("direction")), rs.getString("summary"),
                rs.getObject("author_id", UUID.class), rs.getTimestamp("occurred_at").toInstant(),
                rs.getObject("ticket_id", UUID.class), rs.getObject("invoice_id", UUID.class),
                rs.getTimestamp("created_at").toInstant());
    }
}
