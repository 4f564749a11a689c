package energy.mwolo.operations.disconnections.application;

/**
 * Publishes the collection loop's decisions about meters, and the holds OPERATIONS places and releases, in the
 * caller's transaction, so they leave only if the decision commits.
 */
public interface DecisionPublisher {

    void publish(Decision decision);

    void holdPlaced(HoldChange hold);

    void holdReleased(HoldChange hold);
}
