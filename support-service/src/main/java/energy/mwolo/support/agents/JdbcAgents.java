package energy.mwolo.support.agents;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table {@code support_agents}. */
@Repository
class JdbcAgents implements AgentDirectory {

    private static final String COLUMNS = "user_id, agency_id, display_name, categories, available";

    private final JdbcClient jdbc;

    JdbcAgents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Agent> find(UUID user) {
        return jdbc.sql("select " + COLUMNS + " from support_agents where user_id = ?").param(user)
                .query(JdbcAgents::agent).optional();
    }

    @Override
    public List<Agent> all() {
        return jdbc.sql("select " + COLUMNS + " from support_agents order by display_name, user_id")
                .query(JdbcAgents::agent).list();
    }

    @Override
    public void save(Agent agent, Instant at) {
        jdbc.sql("""
                insert into support_agents (user_id, agency_id, display_name, categories, available, updated_at)
                values (:user, :agency, :name, cast(:categories as varchar(20)[]), :available, :at)
                on conflict (user_id) do update set agency_id = excluded.agency_id,
                    display_name = excluded.display_name, categories = excluded.categories,
                    available = excluded.available, updated_at = excluded.updated_at""")
                .param("user", agent.user())
                .param("agency", agent.agency())
                .param("name", agent.displayName())
                .param("categories", "{" + String.join(",", agent.categories()) + "}")
                .param("available", agent.available())
                .param("at", Timestamp.from(at))
                .update();
    }

    @Override
    public Optional<Agent> nextFor(UUID agency, String category, Instant at) {
        // One pick per agency at a time: a row lock alone would let a waiting pick take the same agent again, as
        // PostgreSQL rechecks a locked row against the filter but does not sort the candidates again.
        jdbc.sql("select 1 from (select pg_advisory_xact_lock(hashtext('support.agents'), hashtext(cast(? as text)))) l")
                .param(agency).query(Integer.class).single();
        Optional<Agent> next = jdbc.sql("select " + COLUMNS + """
                 from support_agents
                where agency_id = :agency and available and :category = any (categories)
                order by last_assigned_at nulls first, user_id
                limit 1
                for update""")
                .param("agency", agency)
                .param("category", category)
                .query(JdbcAgents::agent).optional();
        next.ifPresent(agent -> jdbc.sql("update support_agents set last_assigned_at = ? where user_id = ?")
                .param(Timestamp.from(at)).param(agent.user()).update());
        return next;
    }

    private static Agent agent(ResultSet row, int number) throws SQLException {
        Array categories = row.getArray("categories");
        return new Agent(row.getObject("user_id", UUID.class), row.getObject("agency_id", UUID.class),
                row.getString("display_name"), Arrays.asList((String[]) categories.getArray()),
                row.getBoolean("available"));
    }
}
