package energy.mwolo.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.node.ObjectNode;

/** Every catalogued contract keeps its schema, golden sample and record in agreement. */
class ContractsTest {

    static List<MessageContract<?>> contracts() {
        return Contracts.messages();
    }

    @ParameterizedTest
    @MethodSource("contracts")
    void schemaIsOnTheClasspathAndIdentifiedByTheContractsDataSchema(MessageContract<?> contract) {
        assertThat(ClasspathResources.exists(contract.schemaResource())).as(contract.schemaResource()).isTrue();
        assertThat(ContractSchemas.document(contract).get("$id").asString()).isEqualTo(contract.dataSchema());
    }

    @ParameterizedTest
    @MethodSource("contracts")
    void goldenSampleSatisfiesItsSchema(MessageContract<?> contract) {
        assertThat(ContractSchemas.violations(contract, GoldenSamples.text(contract))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("contracts")
    void goldenSampleSurvivesARoundTripThroughItsRecord(MessageContract<?> contract) {
        assertSurvivesARoundTrip(contract, GoldenSamples.text(contract));
    }

    static List<Arguments> furtherSamples() {
        return contracts().stream()
                .flatMap(contract -> GoldenSamples.variantsOf(contract).stream()
                        .map(sample -> Arguments.of(contract, Named.of(sample, ClasspathResources.text(sample)))))
                .toList();
    }

    @ParameterizedTest
    @MethodSource("furtherSamples")
    void furtherSampleSatisfiesItsSchemaAndSurvivesARoundTrip(MessageContract<?> contract, String sample) {
        assertThat(ContractSchemas.violations(contract, sample)).isEmpty();
        assertSurvivesARoundTrip(contract, sample);
    }

    private static void assertSurvivesARoundTrip(MessageContract<?> contract, String sample) {
        Object payload = ContractJson.read(sample, contract.payloadType());

        assertThat(payload).isInstanceOf(contract.payloadType());
        assertThat(ContractJson.mapper().readTree(ContractJson.write(payload)))
                .isEqualTo(ContractJson.mapper().readTree(sample));
    }

    @ParameterizedTest
    @MethodSource("contracts")
    void sampleMissingAnyRequiredFieldFailsValidationAndCannotBeRead(MessageContract<?> contract) {
        SoftAssertions softly = new SoftAssertions();
        for (String field : ContractSchemas.requiredProperties(contract)) {
            ObjectNode sample = GoldenSamples.tree(contract);
            sample.remove(field);

            softly.assertThat(ContractSchemas.violations(contract, sample)).as("violations without " + field)
                    .isNotEmpty();
            softly.assertThatThrownBy(() -> ContractJson.mapper().treeToValue(sample, contract.payloadType()))
                    .as("reading without " + field)
                    .isInstanceOf(JacksonException.class);
        }
        softly.assertAll();
    }

    @ParameterizedTest
    @MethodSource("contracts")
    void sampleWithOnlyRequiredFieldsIsValidAndReadable(MessageContract<?> contract) {
        ObjectNode sample = GoldenSamples.tree(contract);
        sample.retain(ContractSchemas.requiredProperties(contract));

        assertThat(ContractSchemas.violations(contract, sample)).isEmpty();
        assertThat(ContractJson.mapper().treeToValue(sample, contract.payloadType())).isNotNull();
    }

    @ParameterizedTest
    @MethodSource("contracts")
    void unknownPropertyIsAllowedByTheSchemaAndIgnoredOnRead(MessageContract<?> contract) {
        ObjectNode sample = GoldenSamples.tree(contract);
        sample.put("added_later_within_v" + contract.version(), "ignored by older readers");

        assertThat(ContractSchemas.violations(contract, sample)).isEmpty();
        assertThat(ContractJson.mapper().treeToValue(sample, contract.payloadType()))
                .isEqualTo(ContractJson.read(GoldenSamples.text(contract), contract.payloadType()));
    }

    @ParameterizedTest
    @MethodSource("contracts")
    void schemaDescribesExactlyTheRecordComponents(MessageContract<?> contract) {
        Set<String> components = Arrays.stream(contract.payloadType().getRecordComponents())
                .map(RecordComponent::getName)
                .map(ContractsTest::snakeCase)
                .collect(Collectors.toSet());

        assertThat(ContractSchemas.properties(contract)).isEqualTo(components);
    }

    @ParameterizedTest
    @MethodSource("contracts")
    void contractPublishesOnADeclaredTopic(MessageContract<?> contract) {
        assertThat(declaredTopics()).contains(contract.topic());
    }

    @Test
    void everySchemaOnTheClasspathBelongsToACataloguedContract() throws IOException, URISyntaxException {
        Path root = Path.of(getClass().getClassLoader().getResource("schemas").toURI()).getParent();
        Set<String> catalogued = contracts().stream().map(MessageContract::schemaResource).collect(Collectors.toSet());

        try (Stream<Path> files = Files.walk(root.resolve("schemas"))) {
            assertThat(files.filter(Files::isRegularFile).map(file -> resourceName(root, file)))
                    .allSatisfy(schema -> assertThat(catalogued).contains(schema));
        }
    }

    @Test
    void everyGoldenSampleOnTheClasspathBelongsToACataloguedContract() throws IOException, URISyntaxException {
        Path root = Path.of(getClass().getClassLoader().getResource(GoldenSamples.ROOT).toURI()).getParent();
        Set<String> catalogued = contracts().stream()
                .flatMap(contract -> Stream.concat(Stream.of(GoldenSamples.resourceOf(contract)),
                        GoldenSamples.variantsOf(contract).stream()))
                .collect(Collectors.toSet());

        try (Stream<Path> files = Files.walk(root.resolve(GoldenSamples.ROOT))) {
            assertThat(files.filter(Files::isRegularFile).map(file -> resourceName(root, file)))
                    .allSatisfy(sample -> assertThat(catalogued).contains(sample));
        }
    }

    @Test
    void noTwoContractsShareATypeAndVersionOrAPayloadType() {
        assertThat(contracts()).extracting(MessageContract::dataSchema).doesNotHaveDuplicates();
        assertThat(contracts()).extracting(MessageContract::payloadType).doesNotHaveDuplicates();
    }

    private static Set<String> declaredTopics() {
        return Arrays.stream(Topics.class.getFields())
                .filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == String.class)
                .map(ContractsTest::constantValue)
                .collect(Collectors.toSet());
    }

    private static String constantValue(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String resourceName(Path root, Path file) {
        return root.relativize(file).toString().replace(root.getFileSystem().getSeparator(), "/");
    }

    private static String snakeCase(String camelCase) {
        return camelCase.replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT);
    }
}
