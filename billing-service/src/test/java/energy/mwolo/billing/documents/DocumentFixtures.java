package energy.mwolo.billing.documents;

import energy.mwolo.billing.documents.model.CompanyDetails;
import energy.mwolo.billing.documents.model.CreditNoteDocument;
import energy.mwolo.billing.documents.model.Customer;
import energy.mwolo.billing.documents.model.DocumentLine;
import energy.mwolo.billing.documents.model.InvoiceDocument;
import energy.mwolo.billing.documents.model.ReceiptDocument;
import energy.mwolo.billing.documents.model.Site;
import energy.mwolo.billing.documents.model.TaxAmount;
import energy.mwolo.billing.kernel.Currency;
import energy.mwolo.billing.kernel.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

/** Documents as the billing aggregates would map them, with totals that add up. */
public final class DocumentFixtures {

    public static final String CLIENT = "Mbuyi Kabongo Béatrice";
    public static final String ADDRESS = "Kinshasa-Gombe, Avenue de la Libération 14, Quartier Haut-Commandement";
    public static final BigDecimal VAT = new BigDecimal("0.16");

    private DocumentFixtures() {
    }

    public static CompanyDetails company() {
        return new CompanyDetails("Mwolo Energy SARL", "CD/KNG/RCCM/24-B-01234", "01-83-N12345A", "A2412345B",
                "12, avenue du Commerce, Kinshasa-Gombe, République démocratique du Congo", "+243 81 000 0000",
                "facturation@mwolo.energy",
                List.of(new CompanyDetails.BankAccount("Rawbank", "05100-01234567890-12", Currency.USD),
                        new CompanyDetails.BankAccount("Equity BCDC", "00011-00130-01000123456-78", Currency.CDF)),
                List.of(new CompanyDetails.MobileMoneyNumber("M-Pesa", "+243 81 555 0101"),
                        new CompanyDetails.MobileMoneyNumber("Airtel Money", "+243 99 555 0102"),
                        new CompanyDetails.MobileMoneyNumber("Orange Money", "+243 89 555 0103")));
    }

    public static Customer customer() {
        return new Customer("CL-2026-000045", CLIENT, ADDRESS);
    }

    /** FAC-2026-000123: 1 064,28 USD before tax, 170,28 USD of VAT, 1 234,56 USD in all, nothing paid. */
    public static InvoiceDocument invoice() {
        return invoice("FAC-2026-000123", InvoiceDocument.Status.ISSUED, Currency.USD, List.of(
                line("Énergie active consommée, relevé du 31/03/2026", "3500", "kWh", "0.28", "980.00"),
                line("Abonnement mensuel, puissance souscrite 9 kVA", "1", "mois", "25", "25.00"),
                line("Location et entretien du compteur", "1", "mois", "59.28", "59.28")), "0");
    }

    /** An invoice of {@code count} lines of 1,00 USD. */
    public static InvoiceDocument invoiceOf(int count) {
        List<DocumentLine> lines = IntStream.rangeClosed(1, count)
                .mapToObj(i -> line("Ligne de consommation n° " + i + ", compteur MW-" + (10_000 + i), "4", "kWh",
                        "0.25", "1.00"))
                .toList();
        return invoice("FAC-2026-000124", InvoiceDocument.Status.ISSUED, Currency.USD, lines, "0");
    }

    public static DocumentLine line(String description, String quantity, String unit, String unitPrice,
                                    String total) {
        return new DocumentLine(description, new BigDecimal(quantity), unit, new BigDecimal(unitPrice),
                Money.zero(Currency.USD), VAT, new Money(new BigDecimal(total), Currency.USD));
    }

    public static InvoiceDocument invoice(String number, InvoiceDocument.Status status, Currency currency,
                                          List<DocumentLine> lines, String paid) {
        List<DocumentLine> inCurrency = lines.stream().map(line -> new DocumentLine(line.description(),
                line.quantity(), line.unit(), line.unitPrice(), new Money(line.discount().amount(), currency),
                line.taxRate(), new Money(line.total().amount(), currency))).toList();
        Money subtotal = sum(currency, inCurrency);
        List<TaxAmount> taxes = taxes(currency, inCurrency);
        Money total = taxes.stream().map(TaxAmount::amount).reduce(subtotal, Money::plus);
        Money amountPaid = new Money(new BigDecimal(paid), currency);
        boolean unnumbered = number == null;
        return new InvoiceDocument(number, status, unnumbered ? null : LocalDate.of(2026, 4, 2),
                unnumbered ? null : LocalDate.of(2026, 4, 17),
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), customer(),
                new Site("SITE-000321", "Kinshasa-Gombe, Avenue de la Libération 14 (cabine B)"), "CT-2026-000012",
                currency, inCurrency, subtotal, taxes, total, amountPaid, Money.zero(currency),
                total.minus(amountPaid));
    }

    /** AV-2026-000007: 116,00 USD off FAC-2026-000123 (1 234,56 USD). */
    public static CreditNoteDocument creditNote(CreditNoteDocument.Kind kind) {
        Money remaining = kind == CreditNoteDocument.Kind.FULL ? Money.zero(Currency.USD) : usd("1118.56");
        return new CreditNoteDocument("AV-2026-000007", LocalDate.of(2026, 4, 9), "FAC-2026-000123",
                LocalDate.of(2026, 4, 2), customer(), kind, "Index de fin de mois surestimé lors du relevé (−357 kWh).",
                kind == CreditNoteDocument.Kind.FULL ? usd("1234.56") : usd("116.00"), remaining);
    }

    /** PAY-2026-000045: 280 000 CDF by M-Pesa, converted at 2 800 CDF for one dollar onto two USD invoices. */
    public static ReceiptDocument convertedReceipt() {
        return new ReceiptDocument("PAY-2026-000045", Instant.parse("2026-04-10T13:30:00Z"), customer(),
                ReceiptDocument.Method.MOBILE_MONEY, "mpesa", "MP260410.1430.A12345",
                new Money(new BigDecimal("280000.00"), Currency.CDF), new BigDecimal("2800.0000"),
                List.of(new ReceiptDocument.Allocation("FAC-2026-000098", usd("60.00")),
                        new ReceiptDocument.Allocation("FAC-2026-000123", usd("40.00"))),
                Money.zero(Currency.CDF));
    }

    public static Money usd(String amount) {
        return new Money(new BigDecimal(amount), Currency.USD);
    }

    private static Money sum(Currency currency, List<DocumentLine> lines) {
        return lines.stream().map(DocumentLine::total).reduce(Money.zero(currency), Money::plus);
    }

    private static List<TaxAmount> taxes(Currency currency, List<DocumentLine> lines) {
        Map<BigDecimal, Money> bases = new TreeMap<>();
        lines.forEach(line -> bases.merge(line.taxRate(), line.total(), Money::plus));
        List<TaxAmount> taxes = new ArrayList<>();
        bases.forEach((rate, base) -> taxes.add(new TaxAmount("TVA", rate, base, base.times(rate))));
        return taxes;
    }
}
