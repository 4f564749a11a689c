package energy.mwolo.billing.tariffs.persistence;

import energy.mwolo.billing.kernel.Currency;
import energy.mwolo.billing.kernel.Money;
import energy.mwolo.billing.tariffs.model.EnergyBlock;
import energy.mwolo.billing.tariffs.model.FixedCharge;
import energy.mwolo.billing.tariffs.model.TariffVersion;
import energy.mwolo.platform.outbox.Uuids;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@Entity
@Table(name = "tariff_versions")
class TariffVersionEntity {

    @Id
    private UUID id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "tariff_code")
    private TariffEntity tariff;
    private LocalDate validFrom;
    private BigDecimal monthlyFee;
    @ElementCollection
    @CollectionTable(name = "tariff_blocks", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    private List<Block> blocks = new ArrayList<>();
    @ElementCollection
    @CollectionTable(name = "tariff_charges", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    private List<Charge> charges = new ArrayList<>();

    protected TariffVersionEntity() {
    }

    static TariffVersionEntity from(TariffEntity tariff, TariffVersion version) {
        TariffVersionEntity entity = new TariffVersionEntity();
        entity.id = Uuids.timeOrdered();
        entity.tariff = tariff;
        entity.validFrom = version.validFrom();
        entity.monthlyFee = version.monthlyFee().amount();
        version.blocks().forEach(block -> entity.blocks.add(new Block(block.upToKwh(), block.pricePerKwh())));
        version.charges().forEach(charge -> entity.charges.add(new Charge(charge.code(), charge.label(),
                charge.amount().amount(), charge.amount().currency().name(), charge.taxable())));
        return entity;
    }

    LocalDate validFrom() {
        return validFrom;
    }

    TariffVersion toModel(Currency currency) {
        return new TariffVersion(validFrom, new Money(monthlyFee, currency),
                blocks.stream().map(block -> new EnergyBlock(block.upToKwh, block.pricePerKwh)).toList(),
                charges.stream().map(charge -> new FixedCharge(charge.code, charge.label,
                        new Money(charge.amount, Currency.valueOf(charge.currency)), charge.taxable)).toList());
    }

    @Embeddable
    static class Block {

        private BigDecimal upToKwh;
        private BigDecimal pricePerKwh;

        protected Block() {
        }

        Block(BigDecimal upToKwh, BigDecimal pricePerKwh) {
            this.upToKwh = upToKwh;
            this.pricePerKwh = pricePerKwh;
        }
    }

    @Embeddable
    static class Charge {

        private String code;
        private String label;
        private BigDecimal amount;
        private String currency;
        private boolean taxable;

        protected Charge() {
        }

        Charge(String code, String label, BigDecimal amount, String currency, boolean taxable) {
            this.code = code;
            this.label = label;
            this.amount = amount;
            this.currency = currency;
            this.taxable = taxable;
        }
    }
}
