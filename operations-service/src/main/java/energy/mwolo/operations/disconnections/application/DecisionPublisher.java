package energy.mwolo.operations.disconnections.application;

/** Publishes a decision about a meter in the caller's transaction, so it leaves only if the decision commits. */
public interface DecisionPublisher {

    void publish(Decision decision);
}
