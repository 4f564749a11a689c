package energy.mwolo.billing.invoices.application;

import energy.mwolo.billing.customers.BilledContract;
import energy.mwolo.billing.invoices.model.Invoice;
import energy.mwolo.billing.invoices.model.InvoiceLine;
import energy.mwolo.billing.invoices.model.InvoiceSubject;
import energy.mwolo.billing.invoices.model.LineKind;
import energy.mwolo.billing.kernel.BillingPeriod;
import energy.mwolo.billing.kernel.Currency;
import energy.mwolo.billing.kernel.Money;
import energy.mwolo.billing.kernel.ProRata;
import energy.mwolo.billing.rates.model.ExchangeRate;
import energy.mwolo.billing.rates.model.ExchangeRates;
import energy.mwolo.billing.rates.model.TaxRate;
import energy.mwolo.billing.rates.model.TaxRates;
import energy.mwolo.billing.tariffs.model.PriceSheet;
import energy.mwolo.billing.tariffs.model.PricedItem;
import energy.mwolo.billing.tariffs.model.Tariff;
import energy.mwolo.billing.tariffs.model.TariffCode;
import energy.mwolo.billing.tariffs.model.TariffNotFound;
import energy.mwolo.billing.tariffs.model.Tariffs;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Prices contracts' months on one day, remembering what it looked up (tariffs, the day's exchange rate, VAT) so a
 * billing run asks once per batch, not once per contract. Not shared between threads.
 *
 * <p>The rules: a contract naming a catalogue tariff is priced by the version in force on the month's first day
 * (its own fixed fee, when it has one, replaces the tariff's monthly fee: a negotiated subscription; its price per
 * kWh does not replace the blocks, crm requires one on every metered contract); a contract without tariff by its own
 * fee and price per kWh. Amounts in another currency than the contract's are converted at the rate that holds on
 * the pricing day. VAT is the rate in force on the month's last day, on every line but untaxed charges.
 */
public final class Pricing {

    private final Tariffs tariffs;
    private final ExchangeRates exchangeRates;
    private final TaxRates taxRates;
    private final LocalDate day;
    private final Map<String, Optional<Tariff>> tariffsByCode = new HashMap<>();
    private final Map<SheetKey, PriceSheet> sheets = new HashMap<>();
    private final Map<BillingPeriod, TaxRate> vatByPeriod = new HashMap<>();
    private ExchangeRate rate;

    Pricing(Tariffs tariffs, ExchangeRates exchangeRates, TaxRates taxRates, LocalDate day) {
        this.tariffs = tariffs;
        this.exchangeRates = exchangeRates;
        this.taxRates = taxRates;
        this.day = day;
    }

    /**
     * A draft invoice of the contract's month.
     *
     * @param usage the month's kWh for a metered contract; null for a flat-fee one
     */
    public Invoice draft(BilledContract contract, BillingPeriod period, Usage usage, UUID runId, Instant now) {
        PriceSheet sheet = sheetOf(contract, period);
        ProRata share = contract.shareOf(period);
        List<PricedItem> items = sheet.price(usage == null ? null : usage.kwh(), share);
        TaxRate vat = vatByPeriod.computeIfAbsent(period, month -> taxRates.required(TaxRate.VAT, month.lastDay()));
        List<InvoiceLine> lines = new ArrayList<>(items.size());
        for (PricedItem item : items) {
            lines.add(new InvoiceLine(lines.size() + 1, LineKind.valueOf(item.kind().name()), item.description(),
                    item.quantity(), item.unit(), item.unitPrice(), Money.zero(contract.currency()),
                    item.taxable() ? vat.rate() : BigDecimal.ZERO, item.amount()));
        }
        InvoiceSubject subject = new InvoiceSubject(contract.clientId(), contract.id(), contract.number(),
                contract.siteId(), period, contract.currency());
        return Invoice.draft(subject, lines, usage != null && usage.estimated(), runId, now);
    }

    private PriceSheet sheetOf(BilledContract contract, BillingPeriod period) {
        Money ownFee = contract.fixedFee() == null ? null : new Money(contract.fixedFee(), contract.currency());
        if (contract.tariffCode() == null) {
            return PriceSheet.ofContract(ownFee, contract.isMetered() ? contract.pricePerKwh() : null,
                    contract.currency());
        }
        // Converted once per tariff, month and kind of contract, not once per contract; an own fee, already in the
        // contract's currency, replaces the tariff's before conversion so that it never asks for a rate.
        PriceSheet sheet = sheets.computeIfAbsent(new SheetKey(contract.tariffCode(), period, contract.isMetered(),
                ownFee != null, contract.currency()), this::tariffSheet);
        return ownFee == null ? sheet : sheet.withMonthlyFee(ownFee);
    }

    private PriceSheet tariffSheet(SheetKey key) {
        Tariff tariff = tariffsByCode.computeIfAbsent(key.tariffCode(), this::tariff)
                .orElseThrow(() -> TariffNotFound.named(key.tariffCode()));
        PriceSheet sheet = PriceSheet.of(tariff, tariff.versionOn(key.period().firstDay()));
        if (!key.metered()) {
            sheet = new PriceSheet(sheet.label(), sheet.monthlyFee(), sheet.energyCurrency(), List.of(),
                    sheet.charges());
        }
        if (key.ownFee()) {
            sheet = sheet.withMonthlyFee(null);
        }
        return sheet.needsConversionTo(key.currency()) ? sheet.in(key.currency(), rate()) : sheet;
    }

    private Optional<Tariff> tariff(String code) {
        try {
            return tariffs.byCode(new TariffCode(code));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    /** A catalogue tariff's prices for a month and kind of contract, in the contract's currency. */
    private record SheetKey(String tariffCode, BillingPeriod period, boolean metered, boolean ownFee,
                            Currency currency) {
    }

    private ExchangeRate rate() {
        if (rate == null) {
            rate = exchangeRates.effectiveOn(day);
        }
        return rate;
    }
}
