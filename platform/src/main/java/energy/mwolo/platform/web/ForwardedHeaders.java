package energy.mwolo.platform.web;

import energy.mwolo.contracts.proxies.TrustedProxies;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import org.springframework.web.filter.ForwardedHeaderFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Believes {@code Forwarded} and {@code X-Forwarded-*} only from the trusted proxies ({@code mwolo.web.trusted-proxies},
 * the gateway): then the request's scheme, host and port are the ones the client used (pagination links, redirects,
 * {@code Location}) and {@link HttpServletRequest#getRemoteAddr()} is the client's address by {@link TrustedProxies}'
 * rule (identity's sign-in throttling keys on it). From anyone else the headers are removed, unread: the connection's
 * address and the request's own host and scheme stand.
 */
final class ForwardedHeaders extends OncePerRequestFilter {

    private static final String FORWARDED_FOR = "X-Forwarded-For";

    private final TrustedProxies trustedProxies;
    private final ForwardedHeaderFilter believing = new ForwardedHeaderFilter();
    private final ForwardedHeaderFilter removing = new ForwardedHeaderFilter();

    ForwardedHeaders(TrustedProxies trustedProxies) {
        this.trustedProxies = trustedProxies;
        removing.setRemoveOnly(true);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String peer = request.getRemoteAddr();
        if (!trustedProxies.trusts(peer)) {
            removing.doFilter(request, response, chain);
            return;
        }
        String client = trustedProxies.clientAddress(peer, Collections.list(request.getHeaders(FORWARDED_FOR)));
        believing.doFilter(request, response,
                (adapted, answer) -> chain.doFilter(new FromClient((HttpServletRequest) adapted, client), answer));
    }

    /** Error pages and async dispatches see the same request as the handler did. */
    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterNestedErrorDispatch(HttpServletRequest request, HttpServletResponse response,
            FilterChain chain) throws ServletException, IOException {
        doFilterInternal(request, response, chain);
    }

    /** The request as the trusted proxy describes it, with the client's address by our rule. */
    private static final class FromClient extends HttpServletRequestWrapper {

        private final String client;

        FromClient(HttpServletRequest request, String client) {
            super(request);
            this.client = client;
        }

        @Override
        public String getRemoteAddr() {
            return client;
        }

        @Override
        public String getRemoteHost() {
            return client;
        }
    }
}
