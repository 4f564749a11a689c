package energy.mwolo.crm.devdata;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The dev profile's seed.
 *
 * @param meters how many of the devstack's simulated meters get a site and a metered contract of the dev customer
 *               ({@code MWOLO_DEV_DATA_METERS}, given by the devstack as its fleet's size)
 */
@ConfigurationProperties("mwolo.dev-data")
record DevDataProperties(@DefaultValue("0") int meters) {
}
