package energy.mwolo.cms;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * cms-service's settings ({@code mwolo.cms.*}).
 *
 * @param publicMaxAge      how long a public answer may be reused before it is revalidated
 * @param publicationCheck  how often scheduled posts are looked for
 * @param websiteUrl        the public website's address, for the sitemap's absolute links
 */
@ConfigurationProperties("mwolo.cms")
public record CmsProperties(Duration publicMaxAge, Duration publicationCheck, String websiteUrl) {

    public CmsProperties {
        publicMaxAge = publicMaxAge == null ? Duration.ofSeconds(60) : publicMaxAge;
        publicationCheck = publicationCheck == null ? Duration.ofSeconds(30) : publicationCheck;
        websiteUrl = websiteUrl == null || websiteUrl.isBlank() ? "http://localhost:8080" : websiteUrl.replaceAll("/+$", "");
    }
}
