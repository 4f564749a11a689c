package energy.mwolo.platform.security;

import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Requests served without a token: the operational endpoints every service exposes (on its management port), and the
 * service's own {@code mwolo.security.public-paths} ({@code "METHOD /pattern"} or {@code "/pattern"}); and who reads
 * the OpenAPI document. Shared by the platform's security chain and any service that builds its own
 * (identity-service verifies its own tokens).
 */
public final class PublicRequests {

    public static final List<String> OPERATIONAL_PATHS = List.of(
            "/actuator/health", "/actuator/health/**", "/actuator/info", "/actuator/prometheus", "/error");
    /** The OpenAPI document: anyone's in the dev profile, staff's elsewhere ({@code mwolo.security.api-docs-open}). */
    public static final List<String> API_DOCS_PATHS = List.of("/v3/api-docs", "/v3/api-docs/**");
    /** Every role but CLIENT. */
    static final String[] STAFF_ROLES = {"SUPER_ADMIN", "ADMIN", "HR", "ACCOUNTANT", "OPERATIONS", "SALES_AGENT",
            "EMPLOYEE"};

    private PublicRequests() {
    }

    /** The operational paths for anyone, the OpenAPI document for anyone or for staff. */
    public static void authorizeOperational(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry authorize,
            boolean apiDocsOpen) {
        OPERATIONAL_PATHS.forEach(path -> authorize.requestMatchers(path).permitAll());
        API_DOCS_PATHS.forEach(path -> {
            var docs = authorize.requestMatchers(HttpMethod.GET, path);
            if (apiDocsOpen) {
                docs.permitAll();
            } else {
                docs.hasAnyRole(STAFF_ROLES);
            }
        });
    }

    /** A matcher for the configured public paths (the operational ones are not included). */
    public static RequestMatcher of(List<String> publicPaths) {
        List<RequestMatcher> matchers = new ArrayList<>();
        for (String publicPath : publicPaths) {
            String[] parts = publicPath.trim().split("\\s+", 2);
            matchers.add(parts.length == 2
                    ? PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.valueOf(parts[0]), parts[1])
                    : PathPatternRequestMatcher.withDefaults().matcher(parts[0]));
        }
        return matchers.isEmpty() ? request -> false : new OrRequestMatcher(matchers);
    }
}
