package energy.mwolo.billing.tariffs.model;

import energy.mwolo.billing.kernel.Currency;
import energy.mwolo.billing.kernel.Money;
import energy.mwolo.billing.kernel.ProRata;
import energy.mwolo.billing.rates.model.ExchangeRate;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a contract pays for one month, whichever way its prices were set (a tariff of the catalogue, or the
 * contract's own fee and price): a monthly fee, kWh blocks in one currency, fixed charges, each amount in its own
 * currency until {@link #in} converts them all to the invoice's.
 *
 * <p>Pricing a month ({@link #price}): the fee and the fixed charges are the month's share ({@link ProRata}) of their
 * monthly amount; the blocks' bounds shrink by the same share (a contract in force half the month gets half of each
 * block, to the Wh); each block's kWh are priced at its price and rounded to the cent on their own line.
 *
 * @param monthlyFee null when there is none
 */
public record PriceSheet(String label, Money monthlyFee, Currency energyCurrency, List<EnergyBlock> blocks,
                         List<FixedCharge> charges) {

    private static final String KWH = "kWh";

    public PriceSheet {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(energyCurrency, "energyCurrency");
        blocks = List.copyOf(blocks);
        charges = List.copyOf(charges);
    }

    /** A tariff's version. */
    public static PriceSheet of(Tariff tariff, TariffVersion version) {
        Money fee = version.monthlyFee().isZero() ? null : version.monthlyFee();
        return new PriceSheet(tariff.name(), fee, tariff.currency(), version.blocks(), version.charges());
    }

    /** A contract priced on its own terms: its fee, and one price for every kWh. */
    public static PriceSheet ofContract(Money fixedFee, BigDecimal pricePerKwh, Currency currency) {
        List<EnergyBlock> blocks = pricePerKwh == null ? List.of() : List.of(new EnergyBlock(null, pricePerKwh));
        return new PriceSheet("Conditions du contrat", fixedFee, currency, blocks, List.of());
    }

    /** The same prices with another monthly fee (a contract's negotiated subscription). */
    public PriceSheet withMonthlyFee(Money fee) {
        return new PriceSheet(label, fee, energyCurrency, blocks, charges);
    }

    /** Whether pricing in {@code target} needs an exchange rate. */
    public boolean needsConversionTo(Currency target) {
        return (monthlyFee != null && monthlyFee.currency() != target)
                || (!blocks.isEmpty() && energyCurrency != target)
                || charges.stream().anyMatch(charge -> charge.amount().currency() != target);
    }

    /** Every amount in {@code target}, converted at {@code rate} (null when none is needed). */
    public PriceSheet in(Currency target, ExchangeRate rate) {
        if (!needsConversionTo(target)) {
            return this;
        }
        Objects.requireNonNull(rate, "rate");
        Money fee = monthlyFee == null ? null : rate.convert(monthlyFee, target);
        List<EnergyBlock> converted = blocks.stream().map(block -> new EnergyBlock(block.upToKwh(),
                rate.convertUnitPrice(block.pricePerKwh(), energyCurrency, target))).toList();
        List<FixedCharge> convertedCharges = charges.stream().map(charge -> new FixedCharge(charge.code(),
                charge.label(), rate.convert(charge.amount(), target), charge.taxable())).toList();
        return new PriceSheet(label, fee, target, converted, convertedCharges);
    }

    /**
     * The items of a month: fee, energy by block ({@code kwh} null for a flat-fee contract, which buys no energy),
     * charges. Amounts stay in their currencies: convert with {@link #in} first.
     */
    public List<PricedItem> price(BigDecimal kwh, ProRata share) {
        List<PricedItem> items = new ArrayList<>();
        if (monthlyFee != null && !share.isNone()) {
            Money fee = share.of(monthlyFee);
            items.add(new PricedItem(ItemKind.FIXED_FEE, "Abonnement mensuel" + days(share), BigDecimal.ONE, "mois",
                    fee.amount(), fee, true));
        }
        if (kwh != null && kwh.signum() > 0) {
            items.addAll(energy(kwh, share));
        }
        for (FixedCharge charge : charges) {
            Money amount = share.of(charge.amount());
            if (amount.isPositive()) {
                items.add(new PricedItem(ItemKind.FIXED_CHARGE, charge.label() + days(share), BigDecimal.ONE, "mois",
                        amount.amount(), amount, charge.taxable()));
            }
        }
        return items;
    }

    private List<PricedItem> energy(BigDecimal kwh, ProRata share) {
        List<PricedItem> items = new ArrayList<>();
        BigDecimal lower = BigDecimal.ZERO;
        for (int i = 0; i < blocks.size() && kwh.compareTo(lower) > 0; i++) {
            EnergyBlock block = blocks.get(i);
            BigDecimal upper = block.isBounded() ? share.of(block.upToKwh(), EnergyBlock.KWH_DECIMALS) : null;
            BigDecimal inBlock = (upper == null || kwh.compareTo(upper) < 0 ? kwh : upper).subtract(lower);
            if (inBlock.signum() > 0) {
                Money amount = Money.rounded(inBlock.multiply(block.pricePerKwh()), energyCurrency);
                items.add(new PricedItem(ItemKind.ENERGY, energyLabel(i, lower, upper), inBlock, KWH,
                        block.pricePerKwh(), amount, true));
            }
            if (upper == null) {
                break;
            }
            lower = upper;
        }
        return items;
    }

    private String energyLabel(int index, BigDecimal lower, BigDecimal upper) {
        if (blocks.size() == 1) {
            return "Énergie consommée";
        }
        String range = upper == null ? "au-delà de " + plain(lower) + " kWh"
                : plain(lower) + " à " + plain(upper) + " kWh";
        return "Énergie, tranche " + (index + 1) + " (" + range + ")";
    }

    private static String days(ProRata share) {
        return share.isWhole() ? "" : " (" + share.days() + "/" + share.periodDays() + " jours)";
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
