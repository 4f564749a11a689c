package energy.mwolo.contracts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import tools.jackson.databind.node.ObjectNode;

/**
 * The golden sample of each contract: a realistic payload that the build keeps valid. A contract may have further
 * samples beside it, {@code <Name>.v<version>.<variant>.json}, for shapes its main sample does not show (an
 * optional field a newer producer fills, another branch of a rule); the build keeps those valid too.
 */
public final class GoldenSamples {

    static final String ROOT = "golden";

    private GoldenSamples() {
    }

    public static String resourceOf(MessageContract<?> contract) {
        return ROOT + "/" + contract.module() + "/" + contract.name() + ".v" + contract.version() + ".json";
    }

    public static String text(MessageContract<?> contract) {
        return ClasspathResources.text(resourceOf(contract));
    }

    /** A fresh, mutable copy, for tests that break the sample on purpose. */
    public static ObjectNode tree(MessageContract<?> contract) {
        return (ObjectNode) ContractJson.mapper().readTree(text(contract));
    }

    /** The resource names of the contract's further samples, in name order. */
    public static List<String> variantsOf(MessageContract<?> contract) {
        String prefix = contract.name() + ".v" + contract.version() + ".";
        return files(ROOT + "/" + contract.module()).stream()
                .filter(name -> name.startsWith(prefix) && name.endsWith(".json") && !name.equals(prefix + "json"))
                .map(name -> ROOT + "/" + contract.module() + "/" + name)
                .sorted()
                .toList();
    }

    /** A further sample by its variant name ({@code tariff-code} for {@code ContractActivated.v1.tariff-code.json}). */
    public static ObjectNode variant(MessageContract<?> contract, String variant) {
        String resource = ROOT + "/" + contract.module() + "/" + contract.name() + ".v" + contract.version() + "."
                + variant + ".json";
        return (ObjectNode) ContractJson.mapper().readTree(ClasspathResources.text(resource));
    }

    private static List<String> files(String directory) {
        URL url = GoldenSamples.class.getClassLoader().getResource(directory);
        if (url == null) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
            return files.filter(Files::isRegularFile).map(file -> file.getFileName().toString()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
