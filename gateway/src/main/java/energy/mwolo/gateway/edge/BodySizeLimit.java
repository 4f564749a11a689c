package energy.mwolo.gateway.edge;

import energy.mwolo.gateway.problems.GatewayProblem;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
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

/**
 * Refuses request bodies above the limit with 413: at once when {@code Content-Length} says so, and while streaming
 * when the body is chunked (the upstream call is then abandoned before the excess is read).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
public class BodySizeLimit implements WebFilter {

    private final long defaultLimit;
    private final List<PathLimit> overrides;

    public BodySizeLimit(EdgeProperties properties) {
        this.defaultLimit = properties.maxBodySize().toBytes();
        this.overrides = properties.bodySizeOverrides().entrySet().stream()
                .map(e -> new PathLimit(PathPatternParser.defaultInstance.parse(e.getKey()), e.getValue().toBytes()))
                .toList();
    }

    private record PathLimit(PathPattern pattern, long limit) {
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        long limit = limitFor(request);
        long declared = request.getHeaders().getContentLength();
        if (declared > limit) {
            return Mono.error(tooLarge(limit));
        }
        if (declared >= 0 || !hasBody(request)) {
            // Netty never reads past a declared Content-Length.
            return chain.filter(exchange);
        }
        return chain.filter(exchange.mutate().request(new Counted(request, limit)).build());
    }

    private long limitFor(ServerHttpRequest request) {
        for (PathLimit override : overrides) {
            if (override.pattern().matches(request.getPath().pathWithinApplication())) {
                return override.limit();
            }
        }
        return defaultLimit;
    }

    private static boolean hasBody(ServerHttpRequest request) {
        return request.getHeaders().containsHeader("Transfer-Encoding");
    }

    private static GatewayProblem tooLarge(long limit) {
        return new GatewayProblem(413, "request.too_large", limit);
    }

    /** Counts the bytes of a chunked body as they stream, failing past the limit. */
    private static final class Counted extends ServerHttpRequestDecorator {

        private final long limit;

        Counted(ServerHttpRequest delegate, long limit) {
            super(delegate);
            this.limit = limit;
        }

        @Override
        public Flux<DataBuffer> getBody() {
            AtomicLong seen = new AtomicLong();
            return super.getBody().handle((buffer, sink) -> {
                if (seen.addAndGet(buffer.readableByteCount()) > limit) {
                    DataBufferUtils.release(buffer);
                    sink.error(tooLarge(limit));
                } else {
                    sink.next(buffer);
                }
            });
        }
    }
}
