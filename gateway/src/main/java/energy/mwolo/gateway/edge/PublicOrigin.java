package energy.mwolo.gateway.edge;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;

/**
 * The address a client used to reach the platform: scheme, host (with its port when it named one) and port. The
 * gateway's own request URL, unless the peer is a trusted proxy (the load balancer that ends TLS), whose
 * {@code X-Forwarded-Proto}, {@code -Host} and {@code -Port} then win. Services build their links from it.
 *
 * @param port null when the client named none: the scheme's default
 */
record PublicOrigin(String proto, String host, Integer port) {

    private static final Pattern HOST = Pattern.compile("([A-Za-z0-9.-]{1,253}|\\[[0-9A-Fa-f:.]{2,45}\\])(:(\\d{1,5}))?");

    static PublicOrigin of(ServerHttpRequest request, boolean fromTrustedProxy) {
        URI uri = request.getURI();
        String proto = uri.getScheme() == null ? "http" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = request.getHeaders().getFirst(HttpHeaders.HOST);
        Integer port = null;
        if (fromTrustedProxy) {
            proto = first(request, "X-Forwarded-Proto", proto);
            host = first(request, "X-Forwarded-Host", host);
        }
        if (!"http".equals(proto) && !"https".equals(proto)) {
            proto = uri.getScheme();
        }
        var parts = host == null ? null : HOST.matcher(host.trim());
        if (parts == null || !parts.matches()) {
            return new PublicOrigin(proto, null, null);
        }
        host = host.trim();
        if (parts.group(3) != null) {
            port = Integer.valueOf(parts.group(3));
        }
        if (fromTrustedProxy) {
            String forwardedPort = first(request, "X-Forwarded-Port", null);
            if (forwardedPort != null && forwardedPort.matches("\\d{1,5}")) {
                port = Integer.valueOf(forwardedPort);
            }
        }
        return new PublicOrigin(proto, host, port);
    }

    /** The first entry of a proxy's header (a chain of proxies appends to the right: the left-most is the client's). */
    private static String first(ServerHttpRequest request, String name, String fallback) {
        String value = request.getHeaders().getFirst(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        return value.split(",")[0].trim().toLowerCase(Locale.ROOT);
    }

    /** Sets {@code X-Forwarded-Proto}, {@code -Host} and {@code -Port} (the last two when known). */
    void writeTo(HttpHeaders headers) {
        headers.set("X-Forwarded-Proto", proto);
        if (host != null) {
            headers.set("X-Forwarded-Host", host);
        }
        if (port != null) {
            headers.set("X-Forwarded-Port", port.toString());
        }
    }
}
