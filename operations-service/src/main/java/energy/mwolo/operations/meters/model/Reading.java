package energy.mwolo.operations.meters.model;

import java.time.Instant;
import java.util.Objects;

/** A register value and when the meter read it. */
public record Reading(RegisterValue value, Instant readAt) {

    public Reading {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(readAt, "readAt");
    }
}
