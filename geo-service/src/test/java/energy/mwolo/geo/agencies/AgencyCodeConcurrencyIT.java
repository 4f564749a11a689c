package energy.mwolo.geo.agencies;

import static energy.mwolo.geo.agencies.AgencyBodies.agencyIn;
import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.geo.AbstractApiIT;
import energy.mwolo.platformtest.Api.Reply;
import energy.mwolo.geo.Tokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AgencyCodeConcurrencyIT extends AbstractApiIT {

    private static final int OPENINGS = 20;

    @Test
    void twentyAgenciesOpenedAtOnceInOneProvinceGetTwentyDistinctCodes() throws Exception {
        String admin = Tokens.admin();
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Reply>> openings = new ArrayList<>();
        for (int i = 1; i <= OPENINGS; i++) {
            String name = "Agence de Sankuru " + i;
            openings.add(() -> {
                start.await();
                return api.post("/api/agencies/", agencyIn("SA", name)).as(admin).send();
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(OPENINGS);
        List<Reply> replies = new ArrayList<>();
        try {
            List<Future<Reply>> futures = new ArrayList<>();
            for (Callable<Reply> opening : openings) {
                futures.add(pool.submit(opening));
            }
            start.countDown();
            for (Future<Reply> future : futures) {
                replies.add(future.get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(replies).allSatisfy(reply -> assertThat(reply.status()).as(reply.toString()).isEqualTo(201));
        Set<String> codes = replies.stream().map(r -> r.json().path("code").asString()).collect(Collectors.toSet());
        assertThat(codes).hasSize(OPENINGS).allMatch(code -> code.matches("AG-SA-\\d{3,}"));
        Set<Integer> numbers = codes.stream().map(c -> Integer.parseInt(c.substring(6))).collect(Collectors.toSet());
        assertThat(numbers).as("no gaps: numbers are taken and returned in the same transaction")
                .hasSize(OPENINGS)
                .allMatch(n -> n >= 1 && n <= OPENINGS);
    }
}
