package energy.mwolo.billing.dunning.model;

/** How a reminder reaches a client. */
public enum Channel {
    EMAIL,
    SMS
}
