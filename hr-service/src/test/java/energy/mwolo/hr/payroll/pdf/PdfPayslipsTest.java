package energy.mwolo.hr.payroll.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.hr.kernel.EmployeeId;
import energy.mwolo.hr.payroll.application.PayslipView;
import energy.mwolo.hr.payroll.model.Bracket;
import energy.mwolo.hr.payroll.model.Earner;
import energy.mwolo.hr.payroll.model.ExchangeRate;
import energy.mwolo.hr.payroll.model.InppBand;
import energy.mwolo.hr.payroll.model.PayCurrency;
import energy.mwolo.hr.payroll.model.PayLine;
import energy.mwolo.hr.payroll.model.PayrollInput;
import energy.mwolo.hr.payroll.model.PayrollRules;
import energy.mwolo.hr.payroll.model.PayrollRules.RateCode;
import energy.mwolo.hr.payroll.model.PayrollRunId;
import energy.mwolo.hr.payroll.model.Payslip;
import energy.mwolo.hr.payroll.model.PayslipCalculator;
import energy.mwolo.hr.payroll.model.PayslipId;
import energy.mwolo.hr.payroll.model.RunStatus;
import energy.mwolo.hr.payroll.model.TaxScale;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The payslip as its reader sees it: French labels with their accents, both currencies, the figures. */
class PdfPayslipsTest {

    private static final YearMonth MARCH = YearMonth.of(2026, 3);
    private static final ExchangeRate RATE = new ExchangeRate(LocalDate.of(2026, 3, 31), new BigDecimal("2850"));

    private final PdfPayslips renderer = new PdfPayslips("Mwolo Energy SA");

    @Test
    void aValidatedPayslipShowsTheEmployeeTheFiguresInBothCurrenciesAndTheRate() throws IOException {
        String text = text(renderer.render(payslip(RunStatus.VALIDATED)));

        assertThat(text).contains("Mwolo Energy SA", "BULLETIN DE PAIE", "Période : mars 2026",
                "BP-2026-03-EMP-00042", "Aimée Mbuyi Kalala", "Indemnité : Transport", "Salaire brut",
                "NET À PAYER", "Taux : 1 USD = 2\u00A0850,0000 CDF", "2\u00A0753\u00A0265,00", "966,06",
                "766\u00A0485,00", "Charges patronales");
        assertThat(text).doesNotContain("BROUILLON");
    }

    @Test
    void aDraftPayslipSaysSo() throws IOException {
        assertThat(text(renderer.render(payslip(RunStatus.DRAFT)))).contains("BROUILLON");
    }

    private static PayslipView payslip(RunStatus status) {
        Earner earner = new Earner(EmployeeId.newId(), "EMP-00042", "Aimée Mbuyi Kalala", UUID.randomUUID(),
                new BigDecimal("1200.00"), PayCurrency.USD, 0);
        PayrollInput input = new PayrollInput(earner.id(), MARCH,
                List.of(new PayLine("Transport", new BigDecimal("100.00"))), BigDecimal.ZERO, List.of());
        return new PayslipView(new Payslip(PayslipId.newId(), earner,
                PayslipCalculator.compute(earner, input, rules(), RATE, 12)), PayrollRunId.newId(), MARCH,
                RATE.day(), status);
    }

    private static PayrollRules rules() {
        Map<RateCode, BigDecimal> rates = new EnumMap<>(RateCode.class);
        String[] values = {"0.05", "0.05", "0.065", "0.015", "0.002", "0.30", "2500", "0.02", "9"};
        for (RateCode code : RateCode.values()) {
            rates.put(code, new BigDecimal(values[code.ordinal()]));
        }
        return new PayrollRules(RATE.day(), rates, new TaxScale(List.of(
                new Bracket(BigDecimal.ZERO, new BigDecimal("1944000"), new BigDecimal("0.03")),
                new Bracket(new BigDecimal("1944000"), new BigDecimal("21600000"), new BigDecimal("0.15")),
                new Bracket(new BigDecimal("21600000"), new BigDecimal("43200000"), new BigDecimal("0.30")),
                new Bracket(new BigDecimal("43200000"), null, new BigDecimal("0.40")))),
                List.of(new InppBand(0, null, new BigDecimal("0.03"))));
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
