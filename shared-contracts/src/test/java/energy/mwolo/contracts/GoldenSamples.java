package energy.mwolo.contracts;

import tools.jackson.databind.node.ObjectNode;

/** The golden sample of each contract: a realistic payload that the build keeps valid. */
public final class GoldenSamples {

    private GoldenSamples() {
    }

    public static String resourceOf(EventContract<?> contract) {
        return "golden/" + contract.module() + "/" + contract.name() + ".v" + contract.version() + ".json";
    }

    public static String text(EventContract<?> contract) {
        return ClasspathResources.text(resourceOf(contract));
    }

    /** A fresh, mutable copy, for tests that break the sample on purpose. */
    public static ObjectNode tree(EventContract<?> contract) {
        return (ObjectNode) ContractJson.mapper().readTree(text(contract));
    }
}
