package energy.mwolo.gateway.edge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

class PublicOriginTest {

    @Test
    void isTheAddressTheClientCalledTheGatewayAt() {
        var request = MockServerHttpRequest.get("http://api.mwolo.test:8080/api/geo/provinces/")
                .header("Host", "api.mwolo.test:8080").build();

        assertThat(PublicOrigin.of(request, false)).isEqualTo(new PublicOrigin("http", "api.mwolo.test:8080", 8080));
    }

    @Test
    void takesSchemeHostAndPortFromATrustedLoadBalancer() {
        var request = MockServerHttpRequest.get("http://10.0.3.4:8080/api/geo/provinces/")
                .header("Host", "10.0.3.4:8080")
                .header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "portail.mwolo.cd")
                .build();

        assertThat(PublicOrigin.of(request, true)).isEqualTo(new PublicOrigin("https", "portail.mwolo.cd", null));
    }

    @Test
    void ignoresTheForwardedHeadersOfAnyoneElse() {
        var request = MockServerHttpRequest.get("http://api.mwolo.test/api/geo/provinces/")
                .header("Host", "api.mwolo.test")
                .header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "evil.example")
                .header("X-Forwarded-Port", "8443")
                .build();

        assertThat(PublicOrigin.of(request, false)).isEqualTo(new PublicOrigin("http", "api.mwolo.test", null));
    }

    @Test
    void forwardsNoHostThatIsNotOne() {
        var request = MockServerHttpRequest.get("http://10.0.3.4/api/geo/provinces/")
                .header("X-Forwarded-Host", "evil.example/path?x=<script>")
                .header("X-Forwarded-Proto", "gopher")
                .build();
        HttpHeaders headers = new HttpHeaders();

        PublicOrigin.of(request, true).writeTo(headers);

        assertThat(headers.getFirst("X-Forwarded-Proto")).isEqualTo("http");
        assertThat(headers.containsHeader("X-Forwarded-Host")).isFalse();
        assertThat(headers.containsHeader("X-Forwarded-Port")).isFalse();
    }
}
