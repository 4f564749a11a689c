package energy.mwolo.platformtest;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bounded HTTP load for benchmarks: {@code requests} copies of one request sent by {@code concurrency} clients on
 * loopback, each waiting for its answer before sending the next, stopped at {@code timeLimit} whatever is left.
 */
public final class HttpLoad {

    private HttpLoad() {
    }

    /**
     * What a load achieved.
     *
     * @param completed answers received, of the expected status or not
     * @param errors    answers of another status, and requests that failed or timed out
     * @param latencies nanoseconds per completed request, sorted
     */
    public record Result(int completed, int errors, double seconds, long[] latencies) {

        public double perSecond() {
            return completed / seconds;
        }

        /** The {@code percentile} (0 to 100) of the latencies, in milliseconds. */
        public double percentileMillis(double percentile) {
            if (latencies.length == 0) {
                return 0;
            }
            int index = (int) Math.ceil(percentile / 100.0 * latencies.length) - 1;
            return latencies[Math.max(0, Math.min(index, latencies.length - 1))] / 1e6;
        }

        /** Several rounds as one: their requests, errors and time added up. */
        public static Result merged(List<Result> rounds) {
            long[] all = rounds.stream().flatMapToLong(round -> Arrays.stream(round.latencies())).sorted().toArray();
            return new Result(rounds.stream().mapToInt(Result::completed).sum(),
                    rounds.stream().mapToInt(Result::errors).sum(),
                    rounds.stream().mapToDouble(Result::seconds).sum(), all);
        }
    }

    public static Result run(HttpClient client, HttpRequest request, int expectedStatus, int requests,
            int concurrency, Duration timeLimit) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger completed = new AtomicInteger();
        long[] latencies = new long[requests];
        long start = System.nanoTime();
        long deadline = start + timeLimit.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        try {
            List<Future<?>> clients = new ArrayList<>();
            for (int c = 0; c < concurrency; c++) {
                clients.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < requests && System.nanoTime() < deadline;
                            i = next.getAndIncrement()) {
                        long sent = System.nanoTime();
                        try {
                            if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode()
                                    != expectedStatus) {
                                errors.incrementAndGet();
                            }
                            latencies[completed.getAndIncrement()] = System.nanoTime() - sent;
                        } catch (Exception e) {
                            errors.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> each : clients) {
                each.get();
            }
        } finally {
            pool.shutdown();
        }
        long[] done = Arrays.copyOf(latencies, completed.get());
        Arrays.sort(done);
        return new Result(done.length, errors.get(), (System.nanoTime() - start) / 1e9, done);
    }
}
