package energy.mwolo.platformtest.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * The architecture rules every service keeps (STYLE.md), for a service whose classes live under one root package
 * ({@code energy.mwolo.geo}). Each rule refuses to pass when it finds nothing to check ({@code allowEmptyShould
 * (false)}): a rule that silently matches no class proves nothing.
 */
public final class ServiceRules {

    /** What a {@code model} package never depends on: the domain stays plain Java. */
    public static final List<String> FRAMEWORKS = List.of(
            "org.springframework..",
            "jakarta.persistence..",
            "org.apache.kafka..",
            "com.fasterxml.jackson..",
            "tools.jackson..");

    static final String REST_CONTROLLER = "org.springframework.web.bind.annotation.RestController";
    static final String CONTROLLER = "org.springframework.stereotype.Controller";
    static final String ENTITY = "jakarta.persistence.Entity";

    private ServiceRules() {
    }

    /** The service's production classes (not its tests). */
    public static JavaClasses importService(String rootPackage) {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(rootPackage);
    }

    /**
     * Classes in {@code ..model..} packages depend on none of {@link #FRAMEWORKS}, nor on {@code alsoForbidden}
     * (package patterns such as {@code "com.nimbusds.."}): rules are testable without a container and outlive
     * framework upgrades.
     */
    public static ArchRule modelsDependOnNoFramework(String rootPackage, String... alsoForbidden) {
        List<String> forbidden = new ArrayList<>(FRAMEWORKS);
        forbidden.addAll(Arrays.asList(alsoForbidden));
        return noClasses()
                .that().resideInAPackage(rootPackage + "..model..")
                .should().dependOnClassesThat().resideInAnyPackage(forbidden.toArray(String[]::new))
                .as("model packages of " + rootPackage + " depend on no framework " + forbidden)
                .allowEmptyShould(false);
    }

    /**
     * First-level feature packages ({@code <root>.<feature>..}) depend on each other in one direction only: a
     * cycle means two features are one, or share a kernel that wants a package of its own.
     */
    public static ArchRule featuresAreFreeOfCycles(String rootPackage) {
        return slices()
                .matching(rootPackage + ".(*)..")
                .namingSlices("feature $1")
                .should().beFreeOfCycles()
                .allowEmptyShould(false);
    }

    /** Controllers are package-private: nothing calls them but Spring, and nothing else may. */
    public static ArchRule controllersArePackagePrivate(String rootPackage) {
        return classes()
                .that(areControllersIn(rootPackage))
                .should().bePackagePrivate()
                .allowEmptyShould(false);
    }

    /**
     * No entity on the wire: no method of a controller returns or accepts a type of a {@code ..model..} package or
     * annotated {@code @Entity}, neither as such nor as a type argument ({@code ResponseEntity<PageResponse<X>>}),
     * nor as a field of the request and response records the service declares. See {@link ModelTypes} for what
     * the rule can and cannot see.
     */
    public static ArchRule controllersKeepModelsOffTheWire(String rootPackage) {
        return methods()
                .that().areDeclaredInClassesThat(areControllersIn(rootPackage))
                .and().doNotHaveModifier(JavaModifier.SYNTHETIC)
                .and().doNotHaveModifier(JavaModifier.PRIVATE)
                .should(ModelTypes.notCrossTheWire(rootPackage))
                .allowEmptyShould(false);
    }

    /** The first-level feature packages the cycle rule compares (a rule over fewer than two proves nothing). */
    public static List<String> features(JavaClasses classes, String rootPackage) {
        String prefix = rootPackage + ".";
        return classes.stream()
                .map(JavaClass::getPackageName)
                .filter(name -> name.startsWith(prefix))
                .map(name -> name.substring(prefix.length()).split("\\.")[0])
                .distinct()
                .sorted()
                .toList();
    }

    static DescribedPredicate<JavaClass> areControllersIn(String rootPackage) {
        return DescribedPredicate.describe("are controllers of " + rootPackage, type ->
                (type.getPackageName() + ".").startsWith(rootPackage + ".")
                        && Stream.of(REST_CONTROLLER, CONTROLLER).anyMatch(type::isAnnotatedWith));
    }
}
