package energy.mwolo.geo.archfixture.model;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A model class that breaks the rule on purpose: proves {@code GeoArchitectureTest}'s rule can fail. */
@Component
public class SpringAwareModel {

    private final JdbcClient jdbc;

    public SpringAwareModel(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public JdbcClient jdbc() {
        return jdbc;
    }
}
