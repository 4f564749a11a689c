package energy.mwolo.identity.registration.persistence;

import energy.mwolo.identity.registration.model.RegistrationAttempts;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcRegistrationAttempts implements RegistrationAttempts {

    private final JdbcClient jdbc;

    JdbcRegistrationAttempts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void record(UUID userId, Instant at) {
        jdbc.sql("insert into registration_attempts (user_id, attempted_at) values (?, ?)")
                .params(userId, Timestamp.from(at))
                .update();
    }

    @Override
    public int countSince(UUID userId, Instant since) {
        return jdbc.sql("select count(*) from registration_attempts where user_id = ? and attempted_at >= ?")
                .params(userId, Timestamp.from(since))
                .query(Integer.class)
                .single();
    }
}
