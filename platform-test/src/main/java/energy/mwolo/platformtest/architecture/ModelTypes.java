package energy.mwolo.platformtest.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds model types in what a controller method sends and receives.
 *
 * <p>What it sees, from the class files: the declared return type and parameter types of each method, with every
 * type argument at any depth ({@code ResponseEntity<PageResponse<Client>>}, {@code List<? extends Client>}, arrays),
 * because the compiler keeps generic signatures; and, for the types the service itself declares (request and
 * response records), the declared types of their non-static fields, recursively.
 *
 * <p>What it cannot see: what an erased or open declaration carries at run time ({@code ResponseEntity<?>},
 * {@code Object}, {@code Map<String, Object>} filled with entities); getters that Jackson would serialise on a
 * plain class beyond its fields; types of other modules' classes beyond their names (they are not traversed).
 * Declare precise types on controllers and the rule has nothing to miss.
 */
final class ModelTypes {

    private ModelTypes() {
    }

    static ArchCondition<JavaMethod> notCrossTheWire(String rootPackage) {
        return new ArchCondition<>("neither return nor accept a model type (..model.. or @Entity)") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                find(method.getReturnType(), "returns", method, rootPackage, events);
                List<JavaType> parameters = method.getParameterTypes();
                for (int i = 0; i < parameters.size(); i++) {
                    find(parameters.get(i), "accepts (parameter " + (i + 1) + ")", method, rootPackage, events);
                }
            }
        };
    }

    private static void find(JavaType type, String how, JavaMethod method, String rootPackage,
                             ConditionEvents events) {
        Set<JavaClass> seen = new HashSet<>();
        visit(type, type.getName(), how, method, rootPackage, seen, events);
    }

    private static void visit(JavaType type, String path, String how, JavaMethod method, String rootPackage,
                              Set<JavaClass> seen, ConditionEvents events) {
        for (JavaClass raw : rawTypes(type)) {
            if (!seen.add(raw)) {
                continue;
            }
            if (isModel(raw)) {
                events.add(SimpleConditionEvent.violated(method, method.getFullName() + " " + how + " model type "
                        + raw.getName() + " in " + path + " " + method.getSourceCodeLocation()));
            } else if (declaredBy(raw, rootPackage)) {
                for (JavaField field : raw.getFields()) {
                    if (!field.getModifiers().contains(JavaModifier.STATIC)) {
                        visit(field.getType(), path + " > " + raw.getSimpleName() + "." + field.getName(), how,
                                method, rootPackage, seen, events);
                    }
                }
            }
        }
    }

    private static Set<JavaClass> rawTypes(JavaType type) {
        Set<JavaClass> raw = new HashSet<>();
        for (JavaClass involved : type.getAllInvolvedRawTypes()) {
            raw.add(involved.isArray() ? involved.getBaseComponentType() : involved);
        }
        return raw;
    }

    static boolean isModel(JavaClass type) {
        return Arrays.asList(type.getPackageName().split("\\.")).contains("model")
                || type.isAnnotatedWith(ServiceRules.ENTITY);
    }

    private static boolean declaredBy(JavaClass type, String rootPackage) {
        return (type.getPackageName() + ".").startsWith(rootPackage + ".");
    }
}
