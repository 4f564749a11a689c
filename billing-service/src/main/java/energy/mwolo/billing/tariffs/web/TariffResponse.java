package energy.mwolo.billing.tariffs.web;

import energy.mwolo.billing.tariffs.model.EnergyBlock;
import energy.mwolo.billing.tariffs.model.FixedCharge;
import energy.mwolo.billing.tariffs.model.Tariff;
import energy.mwolo.billing.tariffs.model.TariffVersion;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;

/**
 * A tariff with its versions, oldest first; amounts and prices are decimal strings.
 *
 * @param code     the code contracts name the tariff by ({@code RES-SOCIAL})
 * @param name     the tariff's name as people know it
 * @param currency {@code USD} or {@code CDF}: the currency of its monthly fees and kWh prices
 * @param versions its prices over time, oldest first; each holds until the next one starts
 */
record TariffResponse(String code, String name, String currency, List<Version> versions) {

    static TariffResponse from(Tariff tariff) {
        return new TariffResponse(tariff.code().value(), tariff.name(), tariff.currency().name(),
                tariff.versions().stream().map(Version::from).toList());
    }

    /**
     * A tariff's prices from a day until its next version starts.
     *
     * @param validFrom    the first day of these prices, ISO {@code yyyy-MM-dd}
     * @param monthlyFee   the monthly subscription in the tariff's currency ({@code "0.00"} for none)
     * @param blocks       the kWh price blocks in ascending order, the last one without bound; empty for a flat tariff
     * @param fixedCharges charges billed every month on top of energy
     */
    record Version(LocalDate validFrom, @Schema(format = "decimal") String monthlyFee, List<Block> blocks,
                   List<Charge> fixedCharges) {

        static Version from(TariffVersion version) {
            return new Version(version.validFrom(), version.monthlyFee().text(),
                    version.blocks().stream().map(Block::from).toList(),
                    version.charges().stream().map(Charge::from).toList());
        }
    }

    /**
     * A block of a month's consumption: the kWh above the previous block's bound, up to this one's, cost
     * {@code price_per_kwh} each.
     *
     * @param upToKwh     the block's upper bound in kWh, included, 3 decimals ({@code "100.000"}); null for the last
     *                    block ("and above")
     * @param pricePerKwh the price of one kWh in the tariff's currency, 4 decimals ({@code "0.0600"})
     */
    record Block(@Schema(format = "decimal") String upToKwh, @Schema(format = "decimal") String pricePerKwh) {

        static Block from(EnergyBlock block) {
            return new Block(block.upToKwh() == null ? null : block.upToKwh().toPlainString(),
                    block.pricePerKwh().toPlainString());
        }
    }

    /**
     * A named amount billed every month on top of energy.
     *
     * @param code     the charge's code ({@code ECL-PUB})
     * @param label    the charge as the invoice line shows it
     * @param amount   the monthly amount in {@code currency} ({@code "500.00"})
     * @param currency {@code CDF} or {@code USD}
     * @param taxable  whether VAT applies to it (a tax collected for others does not bear VAT)
     */
    record Charge(String code, String label, @Schema(format = "decimal") String amount, String currency,
                  boolean taxable) {

        static Charge from(FixedCharge charge) {
            return new Charge(charge.code(), charge.label(), charge.amount().text(), charge.amount().currency().name(),
                    charge.taxable());
        }
    }
}
