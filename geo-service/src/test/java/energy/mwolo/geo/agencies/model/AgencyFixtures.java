package energy.mwolo.geo.agencies.model;

import energy.mwolo.geo.geography.model.GeographyFixtures;
import energy.mwolo.geo.geography.model.Province;
import java.math.BigDecimal;
import java.time.Instant;

/** Agencies to build tests from: an open agency in Kinshasa, with details that can be varied. */
final class AgencyFixtures {

    static final Province KINSHASA = GeographyFixtures.province("KN", "Kinshasa");
    static final Instant NOW = Instant.parse("2025-06-30T08:00:00Z");

    private AgencyFixtures() {
    }

    static AgencyDetails details(String name) {
        return new AgencyDetails(name, "12 avenue du Commerce, Gombe", "+243 81 000 0000", "gombe@mwolo.energy",
                null, new Coordinates(new BigDecimal("-4.3017"), new BigDecimal("15.3136")), "Lun-Ven 8h-16h");
    }

    static Agency openAgencyInKinshasa() {
        Agency agency = Agency.open(AgencyCode.of(KINSHASA.code(), 1), AgencyLocation.of(KINSHASA, null),
                details("Agence de la Gombe"), NOW);
        agency.pullEvents();
        return agency;
    }
}
