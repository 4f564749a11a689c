package energy.mwolo.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.contracts.proxies.TrustedProxies;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** What a handler behind the filter sees: its client's address, and the links a page of results carries. */
class ForwardedHeadersTest {

    private static final String GATEWAY = "10.0.0.5";
    private final ForwardedHeaders filter = new ForwardedHeaders(TrustedProxies.of(List.of("10.0.0.0/24")));

    @AfterEach
    void unbindRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void believesTheGatewayAboutTheClientAndTheAddressItUsed() throws Exception {
        Seen seen = pass(request(GATEWAY));

        assertThat(seen.clientAddress()).isEqualTo("41.243.12.7");
        assertThat(seen.next()).isEqualTo("https://api.mwolo.cd/api/geo/provinces/?page=2&page_size=10");
        assertThat(seen.forwardedHost()).as("read, then hidden from the handler").isNull();
    }

    @Test
    void believesNothingFromAnyoneElse() throws Exception {
        Seen seen = pass(request("198.51.100.9"));

        assertThat(seen.clientAddress()).isEqualTo("198.51.100.9");
        assertThat(seen.next()).isEqualTo("http://geo.internal:8082/api/geo/provinces/?page=2&page_size=10");
        assertThat(seen.forwardedHost()).as("removed, not passed on").isNull();
    }

    @Test
    void takesTheRightMostAddressTheGatewayAppended() throws Exception {
        MockHttpServletRequest request = request(GATEWAY);
        request.removeHeader("X-Forwarded-For");
        request.addHeader("X-Forwarded-For", "1.2.3.4, 41.243.12.7");

        assertThat(pass(request).clientAddress()).isEqualTo("41.243.12.7");
    }

    @Test
    void trustsNobodyWhenNoProxyIsConfigured() throws Exception {
        Seen seen = pass(new ForwardedHeaders(TrustedProxies.none()), request(GATEWAY));

        assertThat(seen.clientAddress()).isEqualTo(GATEWAY);
        assertThat(seen.next()).startsWith("http://geo.internal:8082/");
    }

    @Test
    void aForwardedHeaderFromAClientIsRemovedLikeTheOthers() throws Exception {
        MockHttpServletRequest request = request("198.51.100.9");
        request.addHeader("Forwarded", "for=6.6.6.6;host=evil.example;proto=https");

        Seen seen = pass(request);

        assertThat(seen.clientAddress()).isEqualTo("198.51.100.9");
        assertThat(seen.next()).startsWith("http://geo.internal:8082/");
    }

    private static MockHttpServletRequest request(String peer) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/geo/provinces/");
        request.setQueryString("page=1&page_size=10");
        request.setServerName("geo.internal");
        request.setServerPort(8082);
        request.setRemoteAddr(peer);
        request.addHeader("X-Forwarded-For", "41.243.12.7");
        request.addHeader("X-Forwarded-Proto", "https");
        request.addHeader("X-Forwarded-Host", "api.mwolo.cd");
        return request;
    }

    private Seen pass(MockHttpServletRequest request) throws Exception {
        return pass(filter, request);
    }

    private static Seen pass(ForwardedHeaders filter, MockHttpServletRequest request) throws Exception {
        AtomicReference<Seen> seen = new AtomicReference<>();
        filter.doFilter(request, new MockHttpServletResponse(), (handled, response) -> {
            HttpServletRequest http = (HttpServletRequest) handled;
            RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(http));
            var page = PageResponse.of(new PageQuery(1, 10), 25, List.of("KN"));
            seen.set(new Seen(http.getRemoteAddr(), page.next(), http.getHeader("X-Forwarded-Host")));
        });
        return seen.get();
    }

    private record Seen(String clientAddress, String next, String forwardedHost) {
    }
}
