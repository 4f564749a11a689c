package energy.mwolo.hr.payroll;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.hr.AbstractApiIT;
import energy.mwolo.hr.Tokens;
import energy.mwolo.hr.payroll.application.PayrollRecords;
import energy.mwolo.hr.payroll.application.PayslipRenderer;
import energy.mwolo.hr.payroll.application.PayslipView;
import energy.mwolo.hr.payroll.model.PayrollRunId;
import energy.mwolo.platform.documents.DocumentFonts;
import energy.mwolo.platform.documents.Fonts;
import energy.mwolo.platformtest.Api;
import energy.mwolo.platformtest.Benchmark;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A payroll run of 10,000 employees of one agency (a third paid in USD, dependents 0 to 6, half with allowances, a
 * fifth with overtime), drafted through HTTP: computation and persistence of every payslip. Baseline in the same
 * run: the same number of payslip rows written by plain batched JDBC inserts into a table of the same shape. Then
 * payslip PDFs drawn one after the other. Prints {@code BENCHMARK hr.payroll.run} and {@code BENCHMARK
 * hr.payroll.pdf} (ratio to a minimal PDF of one line in the same fonts, drawn in alternate rounds); aims: 30 s for
 * the run, 50 PDFs a second. The figures are reported against the aims, not asserted: build machines are shared
 * and their load changes them several times over; the benchmark fails only when the run is wrong.
 */
class PayrollRunBenchmark extends AbstractApiIT {

    private static final int EMPLOYEES = 10_000;
    private static final int PDFS = 500;
    private static final int ROUNDS = 5;
    private static final String MONTH = "2032-06";
    private static final String RUN_DATE = "2032-06-30";
    private static final UUID BENCH_AGENCY = UUID.randomUUID();

    @Autowired
    private JdbcTemplate template;

    @Autowired
    private PayrollRecords records;

    @Autowired
    private PayslipRenderer renderer;

    @Autowired
    private TransactionTemplate transactions;

    private final DocumentFonts fonts = DocumentFonts.load();

    @BeforeEach
    void tenThousandEmployees() {
        jdbc.sql("""
                insert into employees (id, number, agency_id, first_name, last_name, position, department,
                    contract_type, hire_date, status, salary_amount, salary_currency, created_at, updated_at)
                select gen_random_uuid(), 'EMP-' || lpad((60000 + g)::text, 5, '0'), ?, 'Prénom' || g, 'Nom' || g,
                       'technicien', 'operations', 'cdi', '2025-01-01', 'active',
                       case when g % 3 = 0 then 600 + (g % 50) * 25.50 else 900000 + (g % 100) * 15000 end,
                       case when g % 3 = 0 then 'USD' else 'CDF' end, now(), now()
                from generate_series(1, ?) g""").params(BENCH_AGENCY, EMPLOYEES).update();
        jdbc.sql("""
                insert into payroll_profiles (employee_id, dependents, updated_at)
                select id, abs(hashtext(id::text)) % 7, now() from employees where agency_id = ?""")
                .param(BENCH_AGENCY).update();
        jdbc.sql("""
                insert into payroll_inputs (employee_id, month, overtime, updated_at)
                select id, ?, case when substr(number, 5)::int % 5 = 0
                                   then (case when salary_currency = 'USD' then 40 else 100000 end) else 0 end, now()
                from employees where agency_id = ? and substr(number, 5)::int % 2 = 0""")
                .params(MONTH, BENCH_AGENCY).update();
        jdbc.sql("""
                insert into payroll_input_lines (employee_id, month, position, kind, label, amount)
                select employee_id, month, 0, 'allowance', 'Transport',
                       case when e.salary_currency = 'USD' then 50 else 150000 end
                from payroll_inputs i join employees e on e.id = i.employee_id where e.agency_id = ?""")
                .param(BENCH_AGENCY).update();
        post("/api/hr/exchange-rates/", Map.of("date", RUN_DATE, "rate", "2850.5"), Tokens.hr());
        template.execute("create table bench_plain_payslips (like payslips including defaults)");
    }

    @AfterEach
    void dropThePlainTable() {
        template.execute("drop table bench_plain_payslips");
    }

    @Test
    void tenThousandPayslipsAreComputedStoredAndDrawn() {
        long start = System.nanoTime();
        Api.Reply drafted = post("/api/hr/payroll-runs/", Map.of("month", MONTH, "agency", BENCH_AGENCY.toString(),
                "run_date", RUN_DATE), Tokens.hr());
        double runSeconds = (System.nanoTime() - start) / 1e9;
        assertThat(drafted.status()).as(drafted.toString()).isEqualTo(201);
        assertThat(drafted.json().path("totals").path("payslips").asInt()).isEqualTo(EMPLOYEES);
        UUID run = UUID.fromString(drafted.json().path("id").asString());

        double plainSeconds = plainInserts();
        Map<String, Number> figures = new LinkedHashMap<>();
        figures.put("employees", EMPLOYEES);
        figures.put("seconds", runSeconds);
        figures.put("payslips_per_s", EMPLOYEES / runSeconds);
        figures.put("aim_s", 30);
        Benchmark.report("hr.payroll.run", figures,
                Benchmark.Ratio.of("run", EMPLOYEES / runSeconds, "plain", EMPLOYEES / plainSeconds));

        List<PayslipView> payslips = transactions.execute(status ->
                records.payslipsOf(new PayrollRunId(run), null).subList(0, PDFS));
        payslips.subList(0, 50).forEach(renderer::render);
        minimalPdf();
        long bytes = 0;
        long drawing = 0;
        long minimal = 0;
        int perRound = PDFS / ROUNDS;
        // payslips and minimal PDFs alternate by rounds, so that both see the same load of a shared machine
        for (int round = 0; round < ROUNDS; round++) {
            long began = System.nanoTime();
            for (PayslipView payslip : payslips.subList(round * perRound, (round + 1) * perRound)) {
                bytes += renderer.render(payslip).length;
            }
            drawing += System.nanoTime() - began;
            began = System.nanoTime();
            for (int i = 0; i < perRound; i++) {
                minimalPdf();
            }
            minimal += System.nanoTime() - began;
        }
        double perSecond = PDFS / (drawing / 1e9);
        double minimalPerSecond = PDFS / (minimal / 1e9);
        Map<String, Number> pdf = new LinkedHashMap<>();
        pdf.put("pdfs", PDFS);
        pdf.put("pdfs_per_s", perSecond);
        pdf.put("minimal_per_s", minimalPerSecond);
        pdf.put("kb_each", bytes / 1024.0 / PDFS);
        pdf.put("aim_per_s", 50);
        Benchmark.report("hr.payroll.pdf", pdf,
                Benchmark.Ratio.of("payslip", perSecond, "minimal", minimalPerSecond));
    }

    /** One line of text in the embedded fonts, saved: what any PDF of ours costs at least. */
    private void minimalPdf() {
        try (DocumentFonts.Lease lease = fonts.lease(); PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            Fonts embedded = lease.embedIn(document);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(embedded.regular(), 10);
                content.newLineAtOffset(50, 700);
                content.showText("Bulletin de paie");
                content.endText();
            }
            document.save(new ByteArrayOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The payslip rows alone, 500 a statement batch, in one transaction: what the database costs at least. */
    private double plainInserts() {
        List<Object[]> rows = new ArrayList<>(EMPLOYEES);
        List<UUID> employees = jdbc.sql("select id from employees where agency_id = ?").param(BENCH_AGENCY)
                .query(UUID.class).list();
        BigDecimal amount = new BigDecimal("1234567.89");
        for (UUID employee : employees) {
            rows.add(new Object[] {UUID.randomUUID(), employee, amount});
        }
        long start = System.nanoTime();
        template.batchUpdate("""
                insert into bench_plain_payslips (id, run_id, employee_id, employee_number, employee_name, agency_id,
                    currency, base, overtime, gross, gross_cdf, gross_usd, cnss_employee, taxable, dependents,
                    ipr_scale, ipr_capped, ipr_minimum_applied, ipr, net_cdf, net_usd, employer_pension,
                    employer_family, employer_risks, inpp, onem)
                values (?, gen_random_uuid(), ?, 'EMP-00001', 'Nom', gen_random_uuid(), 'CDF', ?, 0, 0, 0, 0, 0, 0,
                    0, 0, false, false, 0, 0, 0, 0, 0, 0, 0, 0)""", rows, 500, (statement, row) -> {
                    statement.setObject(1, row[0]);
                    statement.setObject(2, row[1]);
                    statement.setBigDecimal(3, (BigDecimal) row[2]);
                });
        return (System.nanoTime() - start) / 1e9;
    }
}
