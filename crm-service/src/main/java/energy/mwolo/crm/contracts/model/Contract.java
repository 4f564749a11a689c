package energy.mwolo.crm.contracts.model;

import java.time.Instant;
import java.util.UUID;

/** The terms on which one client is supplied at one of its sites, and where the contract stands. */
public record Contract(UUID id, String number, UUID clientId, UUID siteId, Terms terms, ContractStatus status,
                       Instant createdAt, Instant updatedAt) {

    public static String number(int year, long sequence) {
        return String.format("CT-%04d-%06d", year, sequence);
    }

    public static Contract draft(UUID id, String number, UUID clientId, UUID siteId, Terms terms, Instant now) {
        return new Contract(id, number, clientId, siteId, terms, ContractStatus.DRAFT, now, now);
    }

    public Contract activate(Instant now) {
        return with(status.activate(), now);
    }

    public Contract suspend(Instant now) {
        return with(status.suspend(), now);
    }

    public Contract terminate(Instant now) {
        return with(status.terminate(), now);
    }

    public Contract revise(Terms revised, Instant now) {
        if (status == ContractStatus.TERMINATED) {
            throw new ContractTerminated(id);
        }
        return new Contract(id, number, clientId, siteId, revised, status, createdAt, now);
    }

    private Contract with(ContractStatus next, Instant now) {
        return new Contract(id, number, clientId, siteId, terms, next, createdAt, now);
    }
}
