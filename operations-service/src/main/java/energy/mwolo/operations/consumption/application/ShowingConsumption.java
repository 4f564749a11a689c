package energy.mwolo.operations.consumption.application;

import energy.mwolo.operations.access.OperationsAccess;
import energy.mwolo.operations.access.ReadScope;
import energy.mwolo.operations.consumption.application.ConsumptionStore.ContractRef;
import energy.mwolo.operations.consumption.application.ConsumptionStore.Figure;
import energy.mwolo.operations.consumption.model.BillingPeriod;
import energy.mwolo.operations.consumption.model.ConsumptionCalculator.Consumption;
import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;
import energy.mwolo.platform.security.CurrentUser;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A contract's consumption for a period as it stands now (computed from the readings stored so far, so a period
 * still running shows what it has consumed yet) beside the figure last published to billing, if any. Staff read
 * every contract; a customer its own only (another's is a 404).
 */
@Service
public class ShowingConsumption {

    private final ConsumptionStore store;
    private final RecordingConsumption recording;

    ShowingConsumption(ConsumptionStore store, RecordingConsumption recording) {
        this.store = store;
        this.recording = recording;
    }

    @Transactional(readOnly = true)
    public ConsumptionView show(UUID contract, BillingPeriod period, CurrentUser user) {
        ReadScope scope = OperationsAccess.meterScope(user);
        ContractRef ref = store.contract(contract).filter(found -> scope.allows(found.client()))
                .orElseThrow(() -> new ContractNotFound(contract));
        Optional<Consumption> now = recording.compute(contract, period);
        Optional<Figure> published = store.publishedFigure(contract, period);
        return new ConsumptionView(ref.id(), period, now.orElse(null), published.orElse(null));
    }

    /** Nullable: current (no link or no reading in the period), published (not published yet). */
    public record ConsumptionView(UUID contract, BillingPeriod period, Consumption current, Figure published) {
    }

    static final class ContractNotFound extends DomainException {
        ContractNotFound(UUID contract) {
            super(ErrorKind.NOT_FOUND, "consumption.contract.not_found", null, contract);
        }
    }
}
