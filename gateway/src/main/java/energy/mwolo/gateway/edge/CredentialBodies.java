package energy.mwolo.gateway.edge;

import energy.mwolo.gateway.problems.Problems;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferFactory;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sign-in, token refresh and registration bodies are small JSON objects: one over {@value #MAX_BYTES} bytes, or that
 * is not a JSON object, is answered 400 {@code request.invalid_body} here, before identity-service spends a
 * password hash or a database query on it. The body is read once (never more than the limit) and passed on as it
 * came. Runs after the rate limits, so refused bodies still count against the caller's address.
 */
@Component
@Order(-40)
public class CredentialBodies implements WebFilter {

    static final int MAX_BYTES = 4 * 1024;
    private static final List<PathPattern> PATHS = List.of(pattern("/api/auth/login/**"),
            pattern("/api/auth/refresh/**"), pattern("/api/auth/register/**"));

    private final JsonMapper json;
    private final Problems problems;

    public CredentialBodies(JsonMapper json, Problems problems) {
        this.json = json;
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        if (request.getMethod() != HttpMethod.POST || !covered(request.getPath().pathWithinApplication())) {
            return chain.filter(exchange);
        }
        if (request.getHeaders().getContentLength() > MAX_BYTES) {
            return refuse(exchange);
        }
        return DataBufferUtils.join(request.getBody(), MAX_BYTES)
                .map(CredentialBodies::bytes)
                .defaultIfEmpty(new byte[0])
                .flatMap(body -> isJsonObject(body)
                        ? chain.filter(exchange.mutate().request(new Replayed(request, body,
                                exchange.getResponse().bufferFactory())).build())
                        : refuse(exchange))
                .onErrorResume(DataBufferLimitException.class, tooLarge -> refuse(exchange));
    }

    private static boolean covered(PathContainer path) {
        return PATHS.stream().anyMatch(pattern -> pattern.matches(path));
    }

    private boolean isJsonObject(byte[] body) {
        try {
            JsonNode root = json.readTree(body);
            return root != null && root.isObject();
        } catch (JacksonException e) {
            return false;
        }
    }

    private Mono<Void> refuse(ServerWebExchange exchange) {
        return problems.write(exchange, 400, "request.invalid_body", MAX_BYTES);
    }

    private static byte[] bytes(DataBuffer buffer) {
        try {
            byte[] bytes = new byte[buffer.readableByteCount()];
            buffer.read(bytes);
            return bytes;
        } finally {
            DataBufferUtils.release(buffer);
        }
    }

    private static PathPattern pattern(String pattern) {
        return PathPatternParser.defaultInstance.parse(pattern);
    }

    /** The request with the body already read, sent on with its exact length. */
    private static final class Replayed extends ServerHttpRequestDecorator {

        private final byte[] body;
        private final HttpHeaders headers;
        private final DataBufferFactory buffers;

        Replayed(ServerHttpRequest delegate, byte[] body, DataBufferFactory buffers) {
            super(delegate);
            this.body = body;
            this.buffers = buffers;
            this.headers = HttpHeaders.copyOf(delegate.getHeaders());
            this.headers.remove(HttpHeaders.TRANSFER_ENCODING);
            this.headers.setContentLength(body.length);
        }

        @Override
        public HttpHeaders getHeaders() {
            return headers;
        }

        @Override
        public Flux<DataBuffer> getBody() {
            return Flux.defer(() -> Flux.just(buffers.wrap(body)));
        }
    }
}
