package energy.mwolo.hr.payroll.pdf;

import energy.mwolo.hr.payroll.application.PayslipRenderer;
import energy.mwolo.hr.payroll.application.PayslipView;
import energy.mwolo.hr.payroll.model.PayLine;
import energy.mwolo.hr.payroll.model.PayslipFigures;
import energy.mwolo.hr.payroll.model.RunStatus;
import energy.mwolo.platform.documents.DocumentFonts;
import energy.mwolo.platform.documents.Fonts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A payslip on one A4 page, in French: the company, the period and the run's rate; the employee; the earnings in
 * the salary's currency; then gross, deductions and net in CDF and USD; the employer's charges. Safe to share between
 * threads: each call builds its own document, with fonts leased from the platform's pool.
 */
@Component
class PdfPayslips implements PayslipRenderer {

    private static final PDRectangle A4 = PDRectangle.A4;
    private static final float LEFT = 48f;
    private static final float RIGHT = A4.getWidth() - 48f;
    private static final float LINE = 15f;
    private static final float SIZE = 9.5f;

    private final DocumentFonts fonts;
    private final String company;

    PdfPayslips(@Value("${mwolo.hr.payroll.company-name:Mwolo Energy SA}") String company) {
        this.fonts = DocumentFonts.load();
        this.company = company;
    }

    @Override
    public byte[] render(PayslipView view) {
        try (DocumentFonts.Lease lease = fonts.lease(); PDDocument document = new PDDocument()) {
            document.getDocumentInformation().setTitle("Bulletin de paie " + view.reference());
            document.getDocumentInformation().setAuthor(company);
            document.getDocumentCatalog().setLanguage("fr-CD");
            PDPage page = new PDPage(A4);
            document.addPage(page);
            Fonts embedded = lease.embedIn(document);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                new Page(content, embedded).draw(view);
            }
            ByteArrayOutputStream pdf = new ByteArrayOutputStream(32 * 1024);
            document.save(pdf);
            return pdf.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render payslip " + view.reference(), e);
        }
    }

    /** The drawing of one page, top to bottom. */
    private final class Page {

        private final PDPageContentStream content;
        private final Fonts fonts;
        private float y = A4.getHeight() - 56f;

        Page(PDPageContentStream content, Fonts fonts) {
            this.content = content;
            this.fonts = fonts;
        }

        void draw(PayslipView view) throws IOException {
            PayslipFigures f = view.payslip().figures();
            text(company, LEFT, fonts.bold(), 13f);
            textRight("BULLETIN DE PAIE", RIGHT, fonts.bold(), 13f);
            next(LINE + 4);
            text("Période : " + FrenchFormat.month(view.month()), LEFT, fonts.regular(), SIZE);
            textRight("Référence : " + view.reference(), RIGHT, fonts.regular(), SIZE);
            next(LINE);
            text("Date de paie : " + FrenchFormat.date(view.runDate()), LEFT, fonts.regular(), SIZE);
            textRight("Taux : 1 USD = " + FrenchFormat.rate(f.exchangeRate()) + " CDF", RIGHT, fonts.regular(), SIZE);
            next(LINE);
            if (view.status() == RunStatus.DRAFT) {
                text("BROUILLON : ce bulletin n’est pas encore validé.", LEFT, fonts.bold(), SIZE);
                next(LINE);
            }
            next(LINE / 2);
            var earner = view.payslip().earner();
            text("Employé : " + earner.number() + " — " + earner.name(), LEFT, fonts.bold(), SIZE);
            next(LINE);
            text("Personnes à charge : " + f.dependents() + "    Salaire payé en " + f.currency(), LEFT,
                    fonts.regular(), SIZE);
            next(LINE * 1.5f);

            header("Éléments de rémunération", "Montant (" + f.currency() + ")");
            row("Salaire de base", f.base(), false);
            for (PayLine line : f.allowances()) {
                row("Indemnité : " + line.label(), line.amount(), false);
            }
            if (f.overtime().signum() != 0) {
                row("Heures supplémentaires", f.overtime(), false);
            }
            for (PayLine line : f.adjustments()) {
                row("Régularisation : " + line.label(), line.amount(), false);
            }
            row("Salaire brut", f.gross(), true);
            next(LINE);

            header("Calcul du net", "CDF", "USD");
            both("Salaire brut", f.grossCdf(), f.grossUsd(), f, false);
            both("CNSS, part salariale", f.cnssEmployee().negate(), null, f, false);
            both("Revenu imposable", f.taxable(), null, f, false);
            both("IPR" + iprNote(f), f.ipr().negate(), null, f, false);
            both("NET À PAYER", f.netCdf(), f.netUsd(), f, true);
            next(LINE);

            header("Charges patronales", "CDF");
            row("CNSS, pensions", f.employerPension(), false);
            row("CNSS, prestations familiales", f.employerFamily(), false);
            row("CNSS, risques professionnels", f.employerOccupationalRisks(), false);
            row("INPP", f.inpp(), false);
            row("ONEM", f.onem(), false);
            row("Total des charges patronales", f.employerCharges(), true);
            next(LINE * 2);
            text("Net à payer en " + f.currency() + " : " + FrenchFormat.amount(f.netInSalaryCurrency()) + " "
                    + f.currency() + ". Montants arrondis au centime.", LEFT, fonts.regular(), SIZE);
        }

        private String iprNote(PayslipFigures f) {
            List<String> notes = new ArrayList<>();
            if (f.iprCapped()) {
                notes.add("plafonné à 30 % du revenu imposable");
            }
            if (f.dependents() > 0) {
                notes.add("réduction pour " + f.dependents() + " personne(s) à charge");
            }
            if (f.iprMinimumApplied()) {
                notes.add("minimum légal");
            }
            return notes.isEmpty() ? "" : " (" + String.join(", ", notes) + ")";
        }

        private void header(String label, String... columns) throws IOException {
            text(label, LEFT, fonts.bold(), SIZE);
            float right = RIGHT;
            for (int i = columns.length - 1; i >= 0; i--) {
                textRight(columns[i], right, fonts.bold(), SIZE);
                right -= 110f;
            }
            next(4f);
            content.setLineWidth(0.6f);
            content.moveTo(LEFT, y);
            content.lineTo(RIGHT, y);
            content.stroke();
            next(LINE - 4f);
        }

        private void row(String label, BigDecimal amount, boolean bold) throws IOException {
            PDFont font = bold ? fonts.bold() : fonts.regular();
            text(label, LEFT, font, SIZE);
            textRight(FrenchFormat.amount(amount), RIGHT, font, SIZE);
            next(LINE);
        }

        /** A row in CDF and USD; a deduction's dollar figure is its francs at the run's rate. */
        private void both(String label, BigDecimal cdf, BigDecimal usd, PayslipFigures f, boolean bold)
                throws IOException {
            PDFont font = bold ? fonts.bold() : fonts.regular();
            BigDecimal dollars = usd != null ? usd : cdf.divide(f.exchangeRate(), 2, RoundingMode.HALF_UP);
            text(label, LEFT, font, SIZE);
            textRight(FrenchFormat.amount(cdf), RIGHT - 110f, font, SIZE);
            textRight(FrenchFormat.amount(dollars), RIGHT, font, SIZE);
            next(LINE);
        }

        private void text(String text, float x, PDFont font, float size) throws IOException {
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, y);
            content.showText(fonts.drawable(text));
            content.endText();
        }

        private void textRight(String text, float right, PDFont font, float size) throws IOException {
            String drawable = fonts.drawable(text);
            text(drawable, right - font.getStringWidth(drawable) / 1000f * size, font, size);
        }

        private void next(float height) {
            y -= height;
        }
    }
}
