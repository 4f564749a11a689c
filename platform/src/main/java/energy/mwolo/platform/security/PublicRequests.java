package energy.mwolo.platform.security;

import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Requests served without a token: the operational endpoints every service exposes, and the service's own
 * {@code mwolo.security.public-paths} ({@code "METHOD /pattern"} or {@code "/pattern"}). Shared by the platform's
 * security chain and any service that builds its own (identity-service verifies its own tokens).
 */
public final class PublicRequests {

    public static final List<String> OPERATIONAL_PATHS = List.of(
            "/actuator/health", "/actuator/health/**", "/actuator/info", "/actuator/prometheus", "/error",
            "/v3/api-docs", "/v3/api-docs/**");

    private PublicRequests() {
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
