package energy.mwolo.platform.readmodels.calendar;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the calendar read model ({@code enabled} and {@code consumer} are read as for every read model).
 *
 * @param refresh how often, at most, a replica compares its cached calendar with the stored version: the longest a
 *                change applied by another replica's consumer goes unseen here
 */
@ConfigurationProperties(prefix = "mwolo.read-models.calendar")
public record CalendarReadModelProperties(@DefaultValue("5s") Duration refresh) {
}
