package energy.mwolo.geo.devdata;

import energy.mwolo.contracts.devdata.DevCustomer;
import energy.mwolo.contracts.devdata.DevStaff;
import energy.mwolo.geo.agencies.application.AgencyDirectory;
import energy.mwolo.geo.agencies.application.AgencyDraft;
import energy.mwolo.geo.agencies.application.AgencyOrdering;
import energy.mwolo.geo.agencies.application.AgencyQuery;
import energy.mwolo.geo.agencies.application.OpeningAgency;
import energy.mwolo.geo.geography.application.GeographyDirectory;
import energy.mwolo.geo.geography.application.ProvinceView;
import energy.mwolo.platform.security.CurrentUser;
import java.math.BigDecimal;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The agency of the devstack's staff ({@link DevStaff#AGENCY_NAME}, in Kinshasa), so that hr files the dev employees
 * somewhere real: opened through the use case in the dev super administrator's name, so it is announced with
 * AgencyOpened like any other; an agency of that name already there (an earlier start) means nothing is opened.
 * Never active in another profile.
 */
@Component
@Profile("dev")
class DevAgencySeed implements ApplicationRunner {

    private static final CurrentUser SEEDER = CurrentUser.superAdmin(DevCustomer.seedingUserId());
    private static final Logger log = LoggerFactory.getLogger(DevAgencySeed.class);

    private final AgencyDirectory directory;
    private final GeographyDirectory geography;
    private final OpeningAgency opening;

    DevAgencySeed(AgencyDirectory directory, GeographyDirectory geography, OpeningAgency opening) {
        this.directory = directory;
        this.geography = geography;
        this.opening = opening;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean there = directory.find(new AgencyQuery(null, null, null, true, DevStaff.AGENCY_NAME,
                        AgencyOrdering.BY_CODE, false), 0, 100).stream()
                .anyMatch(agency -> agency.name().equals(DevStaff.AGENCY_NAME));
        if (!there) {
            opening.open(new AgencyDraft(kinshasa(), null, DevStaff.AGENCY_NAME,
                    "12, avenue du Commerce, Gombe, Kinshasa", "+243 81 000 0001", "gombe@mwolo.energy", null,
                    new BigDecimal("-4.3036"), new BigDecimal("15.3106"), "Lun-Ven 8h-16h, Sam 8h-12h"), SEEDER);
            log.info("Dev agency {} opened", DevStaff.AGENCY_NAME);
        }
    }

    /** Kinshasa's province in the reference data (country CD, code KN). */
    private UUID kinshasa() {
        return geography.provinces(null, 0, 100).stream()
                .filter(province -> province.countryCode().equals("CD") && province.code().equals("KN"))
                .findFirst().map(ProvinceView::id)
                .orElseThrow(() -> new IllegalStateException("The reference data holds no province KN of CD"));
    }
}
