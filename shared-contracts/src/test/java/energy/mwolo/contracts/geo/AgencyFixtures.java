package energy.mwolo.contracts.geo;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** Agency events in Kinshasa, for tests that need a record rather than a golden sample. */
public final class AgencyFixtures {

    public static final UUID KINSHASA = UUID.fromString("11c61a7f-9456-4bf7-8153-5a5e7b76d34e");
    public static final UUID LUKUNGA = UUID.fromString("19a18f42-106d-4c5e-b438-ab9642fde7ef");
    public static final UUID GOMBE_AGENCY = UUID.fromString("b0aa9c7e-1a1b-4d4a-98d4-b8ff080cd197");

    private AgencyFixtures() {
    }

    public static AgencyOpened gombeOpened() {
        return new AgencyOpened(GOMBE_AGENCY, "AG-KN-001", "Agence Gombe", KINSHASA, "KN", "CD", LUKUNGA,
                "12, avenue du Commerce, Gombe, Kinshasa", "+243 81 555 0142", "agence.gombe@mwolo.energy",
                UUID.fromString("55d3275b-b91a-4c72-9bf6-d905ee475845"),
                new BigDecimal("-4.3036"), new BigDecimal("15.3087"),
                "Mo-Fr 08:00-17:00; Sa 08:00-12:00", true, Instant.parse("2025-03-03T07:30:00Z"));
    }

    /** Only what the contract requires: an agency opened before its address and manager were known. */
    public static AgencyOpened gombeOpenedWithoutOptionalFields() {
        return new AgencyOpened(GOMBE_AGENCY, "AG-KN-001", "Agence Gombe", KINSHASA, "KN", null,
                null, null, null, null, null, null, null, true, Instant.parse("2025-03-03T07:30:00Z"));
    }
}
