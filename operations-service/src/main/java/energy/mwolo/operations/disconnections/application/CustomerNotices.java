package energy.mwolo.operations.disconnections.application;

import java.util.UUID;

/** Notices to the customer, written in the deciding transaction and sent once it committed. */
public interface CustomerNotices {

    void cutScheduled(UUID contract, UUID client, String amountDue);

    void supplyRestored(UUID contract, UUID client);
}
