package energy.mwolo.operations.devdata;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The dev profile's seed.
 *
 * @param meters     how many of the devstack's simulated meters ({@code SIM-000001} and on) to install on the dev
 *                   customer's sites ({@code MWOLO_DEV_DATA_METERS}, given by the devstack as its fleet's size)
 * @param retryEvery how often to try again while crm's sites and contracts, or the meters' first readings, have not
 *                   arrived yet
 */
@ConfigurationProperties("mwolo.dev-data")
record DevDataProperties(@DefaultValue("0") int meters, @DefaultValue("10s") Duration retryEvery) {
}
