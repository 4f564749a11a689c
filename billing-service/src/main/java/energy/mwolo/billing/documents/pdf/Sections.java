package energy.mwolo.billing.documents.pdf;

import energy.mwolo.billing.documents.model.CompanyDetails;
import energy.mwolo.billing.documents.model.DocumentCode;
import energy.mwolo.billing.documents.model.DocumentFormat;
import energy.mwolo.billing.documents.model.DocumentLine;
import energy.mwolo.billing.documents.model.InvoiceDocument;
import energy.mwolo.billing.documents.model.TaxAmount;
import energy.mwolo.platform.documents.Fonts;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.font.PDFont;

/** The blocks every document is made of, drawn down a {@link PageFlow}. */
final class Sections {

    /** A "label : value" pair under the document's title. */
    record Field(String label, String value) {
    }

    /** A line of a framed box. */
    record BoxLine(String text, boolean bold) {

        static BoxLine plain(String text) {
            return new BoxLine(text, false);
        }

        static BoxLine bold(String text) {
            return new BoxLine(text, true);
        }
    }

    /** Lines without text (an unknown address) are left out rather than drawn empty. */
    record Box(String title, List<BoxLine> lines) {

        Box {
            lines = lines.stream().filter(line -> line.text() != null).toList();
        }
    }

    /** A row of the totals: {@code strong} rows are bold on a grey band. */
    record Total(String label, String value, boolean strong) {
    }

    static final float BODY = 9f;
    static final float SMALL = 8f;
    private static final float LEADING = 11.5f;
    private static final float SMALL_LEADING = 10f;
    private static final float GAP = 12f;
    private static final float QR_SIDE = 96f;

    private final PageFlow flow;
    private final Fonts fonts;
    private final CompanyDetails company;

    Sections(PageFlow flow, CompanyDetails company) {
        this.flow = flow;
        this.fonts = flow.fonts();
        this.company = company;
    }

    /** The company on the left; the title, the reference ("N° FAC-2026-000123") and the fields on the right. */
    void header(String title, String reference, List<Field> fields) throws IOException {
        float top = flow.y();
        float left = top - 12f;
        flow.text(company.name(), PageFlow.LEFT, left, fonts.bold(), 13f);
        left -= 4f;
        List<String> companyLines = new ArrayList<>(flow.wrap(company.address(), fonts.regular(), SMALL, 270f));
        companyLines.add("Tél. : " + unbroken(company.phone()) + " · " + company.email());
        companyLines.add("RCCM : " + company.rccm());
        companyLines.add("Id. Nat. : " + company.nationalId() + " · NIF : " + company.nif());
        for (String line : companyLines) {
            left -= SMALL_LEADING;
            flow.text(line, PageFlow.LEFT, left, fonts.regular(), SMALL);
        }
        float right = top - 14f;
        flow.textRight(title, PageFlow.RIGHT, right, fonts.bold(), 17f);
        right -= 15f;
        flow.textRight(reference, PageFlow.RIGHT, right, fonts.bold(), 10.5f);
        for (Field field : fields) {
            right -= SMALL_LEADING + 1f;
            flow.textRight(field.label() + " : " + field.value(), PageFlow.RIGHT, right, fonts.regular(), SMALL);
        }
        flow.down(top - Math.min(left, right) + 8f);
        flow.rule(PageFlow.LEFT, PageFlow.RIGHT, flow.y(), 0.8f, 0.3f);
        flow.down(GAP);
    }

    /** What pages after the first start with: who and which document, so that a loose page is still placed. */
    PageFlow.PageStart continuation(String document) {
        return next -> {
            next.text(company.name() + " — " + document + " (suite)", PageFlow.LEFT, next.y() - 9f, fonts.bold(),
                    SMALL);
            next.down(14f);
            next.rule(PageFlow.LEFT, PageFlow.RIGHT, next.y(), 0.5f, 0.6f);
            next.down(GAP);
        };
    }

    /** Two framed boxes side by side, as tall as the taller one. */
    void boxes(Box left, Box right) throws IOException {
        float width = (PageFlow.WIDTH - GAP) / 2;
        List<List<BoxLine>> leftLines = wrap(left, width);
        List<List<BoxLine>> rightLines = wrap(right, width);
        float height = 24f + Math.max(count(leftLines), count(rightLines)) * LEADING;
        flow.keep(height);
        box(left.title(), leftLines, PageFlow.LEFT, width, height);
        box(right.title(), rightLines, PageFlow.LEFT + width + GAP, width, height);
        flow.down(height + GAP);
    }

    private List<List<BoxLine>> wrap(Box box, float width) throws IOException {
        List<List<BoxLine>> wrapped = new ArrayList<>();
        for (BoxLine line : box.lines()) {
            PDFont font = line.bold() ? fonts.bold() : fonts.regular();
            wrapped.add(flow.wrap(line.text(), font, BODY, width - 16f).stream()
                    .map(text -> new BoxLine(text, line.bold())).toList());
        }
        return wrapped;
    }

    private static int count(List<List<BoxLine>> lines) {
        return lines.stream().mapToInt(List::size).sum();
    }

    private void box(String title, List<List<BoxLine>> lines, float x, float width, float height)
            throws IOException {
        float top = flow.y();
        flow.frame(x, top - height, width, height, 0.6f);
        flow.text(title.toUpperCase(Locale.FRENCH), x + 8f, top - 12f, fonts.bold(), 7f);
        float baseline = top - 12f - LEADING;
        for (List<BoxLine> paragraph : lines) {
            for (BoxLine line : paragraph) {
                flow.text(line.text(), x + 8f, baseline, line.bold() ? fonts.bold() : fonts.regular(), BODY);
                baseline -= LEADING;
            }
        }
    }

    /** The lines of an invoice, amounts without their currency, which the headers name. */
    void lines(InvoiceDocument document, PageFlow.PageStart pageStart) throws IOException {
        String currency = document.currency().name();
        Table table = Table.start(flow, pageStart, List.of(
                new Table.Column("Désignation", PageFlow.WIDTH - 288f, Table.Align.LEFT),
                new Table.Column("Quantité", 52f, Table.Align.RIGHT),
                new Table.Column("Unité", 42f, Table.Align.LEFT),
                new Table.Column("Prix unit. (" + currency + ")", 72f, Table.Align.RIGHT),
                new Table.Column("TVA", 36f, Table.Align.RIGHT),
                new Table.Column("Montant (" + currency + ")", 86f, Table.Align.RIGHT)));
        for (DocumentLine line : document.lines()) {
            String description = line.discount().isZero() ? line.description()
                    : line.description() + " (remise de " + DocumentFormat.amount(line.discount()) + ")";
            table.row(List.of(description, DocumentFormat.quantity(line.quantity()), line.unit(),
                    DocumentFormat.unitPrice(line.unitPrice()), DocumentFormat.percent(line.taxRate()),
                    DocumentFormat.figures(line.total())));
        }
        table.end(pageStart);
    }

    /** Subtotal, a row per tax rate, then the rows the document adds (total, paid, balance). */
    List<Total> taxes(InvoiceDocument document) {
        List<Total> rows = new ArrayList<>();
        rows.add(new Total("Total hors taxes", DocumentFormat.amount(document.subtotal()), false));
        for (TaxAmount tax : document.taxes()) {
            rows.add(new Total(tax.label() + " " + DocumentFormat.percent(tax.rate()) + " sur "
                    + DocumentFormat.amount(tax.base()), DocumentFormat.amount(tax.amount()), false));
        }
        return rows;
    }

    /** The totals, right-aligned under the table, kept together. */
    void totals(List<Total> rows) throws IOException {
        float width = 280f;
        float x = PageFlow.RIGHT - width;
        float row = 15f;
        flow.keep(rows.size() * row);
        for (Total total : rows) {
            float top = flow.y();
            PDFont font = total.strong() ? fonts.bold() : fonts.regular();
            if (total.strong()) {
                flow.fill(x, top - row, width, row, 0.9f);
            }
            flow.text(total.label(), x + 6f, top - 10.5f, font, BODY);
            flow.textRight(total.value(), PageFlow.RIGHT - 4f, top - 10.5f, font, BODY);
            flow.down(row);
        }
        flow.down(GAP);
    }

    /** A paragraph across the page. */
    void paragraph(String text, boolean bold) throws IOException {
        PDFont font = bold ? fonts.bold() : fonts.regular();
        List<String> lines = flow.wrap(text, font, BODY, PageFlow.WIDTH);
        flow.keep(lines.size() * LEADING);
        for (String line : lines) {
            flow.text(line, PageFlow.LEFT, flow.y() - BODY, font, BODY);
            flow.down(LEADING);
        }
        flow.down(GAP / 2);
    }

    /**
     * A titled block of paragraphs with the document's QR code on its right, captioned with its number; kept together
     * on one page. Without a code (a draft has no number), the paragraphs alone.
     */
    void withCode(String title, List<String> paragraphs, Optional<DocumentCode> code) throws IOException {
        float width = PageFlow.WIDTH - QR_SIDE - GAP;
        List<String> lines = new ArrayList<>();
        for (String paragraph : paragraphs) {
            lines.addAll(flow.wrap(paragraph, fonts.regular(), SMALL, width));
        }
        float textHeight = LEADING + lines.size() * SMALL_LEADING;
        float height = code.isPresent() ? Math.max(textHeight, QR_SIDE + SMALL_LEADING) : textHeight;
        flow.keep(height);
        float top = flow.y();
        flow.text(title, PageFlow.LEFT, top - BODY, fonts.bold(), BODY);
        float baseline = top - LEADING - SMALL;
        for (String line : lines) {
            flow.text(line, PageFlow.LEFT, baseline, fonts.regular(), SMALL);
            baseline -= SMALL_LEADING;
        }
        if (code.isPresent()) {
            String number = code.get().number();
            QrCode.of(code.get().text()).draw(flow.content(), PageFlow.RIGHT - QR_SIDE, top - QR_SIDE, QR_SIDE);
            float centred = PageFlow.RIGHT - (QR_SIDE - flow.width(number, fonts.regular(), 6.5f)) / 2;
            flow.textRight(number, centred, top - QR_SIDE - 6f, fonts.regular(), 6.5f);
        }
        flow.down(height + GAP);
    }

    /** The footer's left part: the company's legal identity. */
    String footer() {
        return company.name() + " · RCCM " + company.rccm() + " · Id. Nat. " + company.nationalId() + " · NIF "
                + company.nif();
    }

    /** How to pay: before when, with which reference, to which accounts and numbers. */
    List<String> paymentInstructions(String reference, LocalDate due) {
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add("À payer au plus tard le " + DocumentFormat.date(due) + " en rappelant la référence "
                + reference + ".");
        for (CompanyDetails.BankAccount account : company.bankAccounts()) {
            paragraphs.add("Virement : " + account.bank() + ", compte " + unbroken(account.number()) + " ("
                    + account.currency() + ").");
        }
        if (!company.mobileMoney().isEmpty()) {
            paragraphs.add("Mobile money : " + String.join(", ", company.mobileMoney().stream()
                    .map(number -> number.provider() + " " + unbroken(number.number())).toList()) + ".");
        }
        paragraphs.add("Espèces ou carte bancaire : dans nos agences, sur présentation de ce document.");
        return paragraphs;
    }

    /** A phone or account number kept on one line: its spaces become no-break spaces. */
    private static String unbroken(String number) {
        return number.replace(' ', '\u00A0');
    }
}
