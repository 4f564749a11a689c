package energy.mwolo.billing.tariffs.web;

import energy.mwolo.billing.tariffs.model.EnergyBlock;
import energy.mwolo.billing.tariffs.model.FixedCharge;
import energy.mwolo.billing.tariffs.model.Tariff;
import energy.mwolo.billing.tariffs.model.TariffVersion;
import java.time.LocalDate;
import java.util.List;

/** A tariff with its versions, oldest first; amounts and prices are decimal strings. */
record TariffResponse(String code, String name, String currency, List<Version> versions) {

    static TariffResponse from(Tariff tariff) {
        return new TariffResponse(tariff.code().value(), tariff.name(), tariff.currency().name(),
                tariff.versions().stream().map(Version::from).toList());
    }

    record Version(LocalDate validFrom, String monthlyFee, List<Block> blocks, List<Charge> fixedCharges) {

        static Version from(TariffVersion version) {
            return new Version(version.validFrom(), version.monthlyFee().text(),
                    version.blocks().stream().map(Block::from).toList(),
                    version.charges().stream().map(Charge::from).toList());
        }
    }

    record Block(String upToKwh, String pricePerKwh) {

        static Block from(EnergyBlock block) {
            return new Block(block.upToKwh() == null ? null : block.upToKwh().toPlainString(),
                    block.pricePerKwh().toPlainString());
        }
    }

    record Charge(String code, String label, String amount, String currency, boolean taxable) {

        static Charge from(FixedCharge charge) {
            return new Charge(charge.code(), charge.label(), charge.amount().text(), charge.amount().currency().name(),
                    charge.taxable());
        }
    }
}
