package energy.mwolo.platform.apidocs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DomainProblemsTest {

    /** A made-up service's classes, compiled with these tests. */
    private static final ServiceClassFiles SAMPLE = ServiceClassFiles.of(
            ServiceClassFiles.class.getClassLoader(), List.of("energy.mwolo.sample"));

    private final DomainProblems problems = DomainProblems.scan(SAMPLE);

    @Test
    void aFeaturesCodesAreReadFromTheExceptionsAndWhereverTheirCodeIsGiven() {
        assertThat(problems.of("widgets")).isEqualTo(Map.of(
                404, Set.of("widgets.missing", "widgets.not_found"),
                409, Set.of("sample.slug.taken", "widgets.frozen", "widgets.name_taken", "widgets.retired"),
                422, Set.of("widgets.too_many")));
    }

    @Test
    void aFeatureWithinAnotherAnswersItsOwnCodesAndThoseOfTheFeatureItLiesIn() {
        assertThat(problems.of("widgets-parts").get(404)).containsExactly("parts.missing", "widgets.missing",
                "widgets.not_found");
        assertThat(problems.of("widgets-parts").get(409)).as("a code built from a literal and a value")
                .containsExactly("parts.*.worn_out", "sample.slug.taken", "widgets.frozen", "widgets.name_taken",
                        "widgets.retired");
        assertThat(problems.of("gadgets")).as("the shared kernel's only").isEqualTo(Map.of(
                409, Set.of("sample.slug.taken")));
    }

    @Test
    void theFeatureOfAClassIsItsPackageBelowTheServiceWithoutItsLayer() {
        assertThat(DomainProblems.featureOf("energy/mwolo/geo/agencies/model/AgencyNotFound")).isEqualTo("agencies");
        assertThat(DomainProblems.featureOf("energy/mwolo/identity/roles/RoleNotFound")).isEqualTo("roles");
        assertThat(DomainProblems.featureOf("energy/mwolo/billing/mobilemoney/paybill/application/X"))
                .isEqualTo("mobilemoney-paybill");
        assertThat(DomainProblems.featureOf("energy/mwolo/geo/GeoApplication")).isEqualTo("service");
    }
}
