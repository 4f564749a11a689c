package energy.mwolo.deployment.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import energy.mwolo.deployment.observability.Repository;
import java.nio.file.Files;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every object of every overlay is valid against its schema, vendored in {@code k8s/schemas} (Kubernetes 1.32's
 * strict schemas: no field Kubernetes does not know; the operators' CRDs): what the API server would refuse, the
 * build refuses first.
 */
class SchemaValidationTest {

    static final String KUBERNETES = "k8s/schemas/kubernetes-v1.32.2/";
    static final String CRDS = "k8s/schemas/crds/";
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4);
    private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

    @BeforeAll
    static void kubectlIsThere() {
        RenderedOverlays.assumeKubectl();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyObjectIsValidAgainstItsSchema(String overlay) {
        assertThat(RenderedOverlays.objects(overlay)).isNotEmpty().allSatisfy(object -> {
            String name = object.path("kind").asString() + " " + object.path("metadata").path("name").asString();
            Set<ValidationMessage> violations = schema(object).validate(object.toString(), InputFormat.JSON);
            assertThat(violations).as(overlay + ": " + name).isEmpty();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void aFieldKubernetesDoesNotKnowIsRefused(String overlay) {
        ObjectNode deployment = (ObjectNode) RenderedOverlays.ofKind(overlay, "Deployment").get(0).deepCopy();
        ((ObjectNode) deployment.path("spec")).put("replica", 2);

        assertThat(schema(deployment).validate(deployment.toString(), InputFormat.JSON))
                .isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void anOperatorsResourceOutsideItsSchemaIsRefused(String overlay) {
        ObjectNode user = (ObjectNode) RenderedOverlays.ofKind(overlay, "KafkaUser").get(0).deepCopy();
        ObjectNode acl = (ObjectNode) user.path("spec").path("authorization").path("acls").get(0);
        acl.putArray("operations").add("Wrtie");
        ObjectNode topic = (ObjectNode) RenderedOverlays.ofKind(overlay, "KafkaTopic").get(0).deepCopy();
        ((ObjectNode) topic.path("spec")).put("partition", 3);

        assertThat(schema(user).validate(user.toString(), InputFormat.JSON)).isNotEmpty();
        assertThat(schema(topic).validate(topic.toString(), InputFormat.JSON)).isNotEmpty();
    }

    /** The vendored schema of the object's apiVersion and kind. */
    static JsonSchema schema(JsonNode object) {
        String path = schemaPath(object.path("apiVersion").asString(), object.path("kind").asString());
        return SCHEMAS.computeIfAbsent(path, SchemaValidationTest::load);
    }

    /**
     * {@code apps/v1 Deployment} is {@code kubernetes-v1.32.2/deployment-apps-v1.json}, {@code v1 Service} is
     * {@code service-v1.json}; a CRD's is {@code crds/<group>/<kind>_<version>.json}.
     */
    static String schemaPath(String apiVersion, String kind) {
        String lower = kind.toLowerCase(Locale.ROOT);
        int slash = apiVersion.indexOf('/');
        if (slash < 0) {
            return KUBERNETES + lower + "-" + apiVersion + ".json";
        }
        String group = apiVersion.substring(0, slash);
        String version = apiVersion.substring(slash + 1);
        if (!group.contains(".") || group.endsWith(".k8s.io")) {
            return KUBERNETES + lower + "-" + group.split("\\.")[0] + "-" + version + ".json";
        }
        return CRDS + group + "/" + lower + "_" + version + ".json";
    }

    private static JsonSchema load(String path) {
        assertThat(Files.exists(Repository.path(path))).as("the schema " + path + " is vendored").isTrue();
        ObjectNode schema = (ObjectNode) Repository.JSON.readTree(Repository.read(path));
        schema.remove("$schema");
        return FACTORY.getSchema(schema.toString());
    }
}
