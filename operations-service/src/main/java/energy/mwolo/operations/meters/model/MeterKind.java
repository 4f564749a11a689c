package energy.mwolo.operations.meters.model;

/** How the customer pays: after the fact from readings, or ahead with STS tokens. */
public enum MeterKind {
    POSTPAID, PREPAID
}
