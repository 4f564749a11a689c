package energy.mwolo.platformtest.archfixture.bad.billing.model;

import org.springframework.jdbc.core.simple.JdbcClient;

/** A model that reaches the database through Spring. */
public class SpringAwareModel {

    private final JdbcClient jdbc;

    public SpringAwareModel(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public JdbcClient jdbc() {
        return jdbc;
    }
}
