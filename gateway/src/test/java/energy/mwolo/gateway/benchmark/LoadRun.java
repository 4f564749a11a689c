package energy.mwolo.gateway.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bounded closed-loop load: {@code concurrency} workers send {@code total} GETs between them (each waits for its
 * answer before sending the next), stopping early at {@code timeLimit}. Non-200 answers are counted as errors.
 */
final class LoadRun {

    record Result(String name, int completed, int errors, double seconds, long[] latencies) {

        double requestsPerSecond() {
            return completed / seconds;
        }

        double percentileMillis(double p) {
            if (latencies.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.min(latencies.length - 1, Math.ceil(p / 100.0 * latencies.length) - 1);
            return latencies[Math.max(0, index)] / 1_000_000.0;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%-16s %6d req %4d err %8.1f req/s  p50 %6.2f ms  p99 %7.2f ms", name,
                    completed, errors, requestsPerSecond(), percentileMillis(50), percentileMillis(99));
        }
    }

    private LoadRun() {
    }

    static Result run(String name, URI uri, String bearer, int total, int concurrency, Duration timeLimit)
            throws InterruptedException {
        ExecutorService workers = Executors.newFixedThreadPool(concurrency);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(uri).header("Authorization", bearer)
                .timeout(Duration.ofSeconds(30)).GET().build();
        long[] latencies = new long[total];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger completed = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        long deadline = System.nanoTime() + timeLimit.toNanos();
        long started = System.nanoTime();
        for (int w = 0; w < concurrency; w++) {
            workers.execute(() -> {
                int i;
                while ((i = next.getAndIncrement()) < total && System.nanoTime() < deadline) {
                    long sent = System.nanoTime();
                    try {
                        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        if (response.statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    latencies[i] = System.nanoTime() - sent;
                    completed.incrementAndGet();
                }
            });
        }
        workers.shutdown();
        if (!workers.awaitTermination(timeLimit.toSeconds() + 60, TimeUnit.SECONDS)) {
            workers.shutdownNow();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long[] measured = Arrays.stream(latencies).filter(l -> l > 0).sorted().toArray();
        return new Result(name, completed.get(), errors.get(), seconds, measured);
    }
}
