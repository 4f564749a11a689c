package energy.mwolo.geo.devdata;

import energy.mwolo.contracts.devdata.DevCustomer;
import energy.mwolo.contracts.devdata.DevStaff;
import energy.mwolo.geo.agencies.application.AgencyDirectory;
import energy.mwolo.geo.agencies.application.AgencyDraft;
import energy.mwolo.geo.agencies.application.AgencyOrdering;
import energy.mwolo.geo.agencies.application.AgencyQuery;
import energy.mwolo.geo.agencies.application.OpeningAgency;
import energy.mwolo.platform.security.CurrentUser;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Set;
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

    /** Kinshasa's province, as the reference data's migration names it ({@code md5('mwolo.geo/province/CD-KN')}). */
    static final UUID KINSHASA = md5Uuid("mwolo.geo/province/CD-KN");
    private static final CurrentUser SEEDER = new CurrentUser(DevCustomer.seedingUserId(),
            Set.of(CurrentUser.SUPER_ADMIN), Set.of(), null, null, null);
    private static final Logger log = LoggerFactory.getLogger(DevAgencySeed.class);

    private final AgencyDirectory directory;
    private final OpeningAgency opening;

    DevAgencySeed(AgencyDirectory directory, OpeningAgency opening) {
        this.directory = directory;
        this.opening = opening;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean there = directory.find(new AgencyQuery(null, null, null, true, DevStaff.AGENCY_NAME,
                        AgencyOrdering.BY_CODE, false), 0, 100).stream()
                .anyMatch(agency -> agency.name().equals(DevStaff.AGENCY_NAME));
        if (!there) {
            opening.open(new AgencyDraft(KINSHASA, null, DevStaff.AGENCY_NAME,
                    "12, avenue du Commerce, Gombe, Kinshasa", "+243 81 000 0001", "gombe@mwolo.energy", null,
                    new BigDecimal("-4.3036"), new BigDecimal("15.3106"), "Lun-Ven 8h-16h, Sam 8h-12h"), SEEDER);
            log.info("Dev agency {} opened", DevStaff.AGENCY_NAME);
        }
    }

    /** PostgreSQL's {@code md5(text)::uuid}: the digest's bytes as they are, unlike a version-3 UUID. */
    static UUID md5Uuid(String text) {
        try {
            ByteBuffer digest = ByteBuffer.wrap(MessageDigest.getInstance("MD5")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
            return new UUID(digest.getLong(), digest.getLong());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is part of every Java runtime", e);
        }
    }
}
