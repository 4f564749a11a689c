package energy.mwolo.contracts.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The ACL table in shared-contracts/README.md is the one the code applies: production copies it from there. */
class KafkaUsersDocsTest {

    @Test
    void theReadmesAclTableListsEveryUserWithItsGrants() throws IOException {
        List<String> documented = Files.readAllLines(Path.of("README.md"), StandardCharsets.UTF_8).stream()
                .filter(line -> line.startsWith("| `") && line.chars().filter(c -> c == '|').count() == 5)
                .toList();

        assertThat(documented).containsExactlyElementsOf(KafkaUsers.all().stream().map(KafkaUsersDocsTest::row)
                .toList());
    }

    private static String row(KafkaAccess access) {
        return "| `" + access.user() + "` | " + names(access.writes()) + " | " + names(access.reads()) + " | "
                + names(access.groups()) + " |";
    }

    private static String names(List<NamePattern> patterns) {
        return patterns.isEmpty() ? "none"
                : patterns.stream().map(pattern -> "`" + pattern + "`").collect(Collectors.joining(", "));
    }
}
