package energy.mwolo.operations.meters.model;

import energy.mwolo.operations.kernel.ContractId;
import java.util.Optional;
import java.util.UUID;

/** All meters, with their links. */
public interface Meters {

    /** Locks the meter until the transaction ends, so concurrent changes to it apply one after the other. */
    Optional<Meter> byId(MeterId id);

    boolean numberTaken(MeterNumber number);

    Optional<MeterId> byNumber(MeterNumber number);

    boolean exists(MeterId id);

    boolean equipmentTaken(UUID equipment);

    /** The meter whose open link measures {@code contract}, if any. */
    Optional<MeterId> measuring(ContractId contract);

    /** @throws DuplicateMeterNumber, EquipmentAlreadyMetered when a concurrent installation took them first */
    void add(Meter meter);

    /** @throws ContractAlreadyMetered when a concurrent link gave the contract another meter first */
    void update(Meter meter);
}
