package energy.mwolo.platformtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BenchmarkTest {

    @Test
    void aReportIsOneLineWithTheNameTheFiguresInOrderAndTheRatioWithItsLabel() {
        Map<String, Number> figures = new LinkedHashMap<>();
        figures.put("gateway_req_per_s", 161.4);
        figures.put("direct_req_per_s", 385.0);
        figures.put("gateway_p99_ms", 318.64);
        figures.put("requests", 8000);

        String line = Benchmark.line("gateway.overhead", figures,
                Benchmark.Ratio.of("gateway", 161.4, "direct", 385.0));

        assertThat(line).isEqualTo("BENCHMARK gateway.overhead gateway_req_per_s=161 direct_req_per_s=385 "
                + "gateway_p99_ms=319 requests=8000 ratio=0.419 (gateway/direct)");
        assertThat(line).startsWith(Benchmark.PREFIX).doesNotContain("\n");
    }

    @Test
    void figuresKeepTwoDecimalsFromOneAndThreeDigitsBelow() {
        assertThat(Benchmark.format(12.345)).isEqualTo("12.35");
        assertThat(Benchmark.format(0.05123)).isEqualTo("0.0512");
        assertThat(Benchmark.format(0.0)).isEqualTo("0.00");
        assertThat(Benchmark.format(123456L)).isEqualTo("123456");
        assertThat(Benchmark.format(Double.NaN)).isEqualTo("NaN");
    }

    @Test
    void theLineGoesToStandardOutputAsItIsReturned() {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        String line;
        try {
            line = Benchmark.report("audit.verify", Map.of("rows", 10), new Benchmark.Ratio("verify/sha256", 0.5));
        } finally {
            System.setOut(original);
        }

        assertThat(captured.toString(StandardCharsets.UTF_8)).isEqualTo(line + System.lineSeparator());
    }

    @Test
    void namesAndFiguresThatWouldBreakTheLineAreRefused() {
        Benchmark.Ratio ratio = new Benchmark.Ratio("a/b", 1);

        assertThatThrownBy(() -> Benchmark.line("two words", Map.of(), ratio))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Benchmark.line("relay", Map.of("events per s", 1), ratio))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Benchmark.line("relay", Map.of("ratio", 1), ratio))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Benchmark.Ratio("relay / plain", 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
