package energy.mwolo.contracts.geo;

import com.fasterxml.jackson.annotation.JsonProperty;
import energy.mwolo.contracts.ContractPayload;
import energy.mwolo.contracts.EventContract;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A public holiday as declared now, with all its per-year overrides: it replaces any earlier HolidayDeclared of
 * the same holiday, so a consumer keeps the latest one per {@code holidayId} and needs no other event to know
 * when the holiday is observed (the rule is in the schema's description).
 * Nullable: lastYear (open-ended).
 */
@ContractPayload
public record HolidayDeclared(
        UUID holidayId,
        String countryCode,
        String kind,
        @JsonProperty(required = true) int month,
        @JsonProperty(required = true) int day,
        @JsonProperty(required = true) int firstYear,
        Integer lastYear,
        String nameFr,
        String nameEn,
        List<YearOverride> overrides,
        Instant occurredAt) {

    public static final EventContract<HolidayDeclared> CONTRACT =
            new EventContract<>("geo", "calendar", "HolidayDeclared", 1, HolidayDeclared.class);

    /** Comes back every year of its validity; moves off a Sunday to the Saturday before. */
    public static final String RECURRING = "recurring";
    /** Declared for one year only and observed on its date, whatever the weekday. */
    public static final String EXTRA = "extra";

    private static final Set<String> KINDS = Set.of(RECURRING, EXTRA);

    public HolidayDeclared {
        Objects.requireNonNull(holidayId, "holidayId");
        Objects.requireNonNull(countryCode, "countryCode");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(nameFr, "nameFr");
        Objects.requireNonNull(nameEn, "nameEn");
        Objects.requireNonNull(overrides, "overrides");
        Objects.requireNonNull(occurredAt, "occurredAt");
        if (!KINDS.contains(kind)) {
            throw new IllegalArgumentException("kind must be one of " + KINDS + ", was " + kind);
        }
        overrides = List.copyOf(overrides);
    }

    /**
     * What the government decided for one year of the holiday, replacing the ordinance's rule for that year.
     *
     * @param observed   false: the holiday is not observed that year
     * @param observedOn the day it is observed instead; present exactly when {@code observed}
     */
    @ContractPayload
    public record YearOverride(@JsonProperty(required = true) int year,
                               @JsonProperty(required = true) boolean observed,
                               LocalDate observedOn) {

        public YearOverride {
            if (observed != (observedOn != null)) {
                throw new IllegalArgumentException("observed_on is given exactly when the holiday is observed");
            }
        }
    }
}
