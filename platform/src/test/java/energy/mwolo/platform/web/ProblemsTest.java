package energy.mwolo.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ProblemsTest {

    private final Problems problems = new Problems(PlatformMessages.bundles());

    @AfterEach
    void unbindRequest() {
        CurrentRequest.clear();
    }

    @Test
    void aCallerOutsideAnyRequestIsAnsweredInFrench() {
        var problem = problems.problem(404, "resource.not_found");

        assertThat(problem.getTitle()).isEqualTo("Introuvable");
        assertThat(problem.getDetail()).isEqualTo("Aucune ressource à cette adresse.");
    }

    @Test
    void aCallerWhoPrefersEnglishIsAnsweredInEnglish() {
        CurrentRequest.withAcceptLanguage("en-US,en;q=0.9");

        var problem = problems.problem(404, "resource.not_found");

        assertThat(problem.getTitle()).isEqualTo("Not found");
        assertThat(problem.getDetail()).isEqualTo("No resource at this address.");
    }

    @Test
    void aCallerWhoPrefersFrenchOverEnglishIsAnsweredInFrench() {
        CurrentRequest.withAcceptLanguage("fr-CD,en;q=0.5");

        assertThat(problems.problem(404, "resource.not_found").getTitle()).isEqualTo("Introuvable");
    }

    @Test
    void aLanguageThePlatformDoesNotSpeakIsAnsweredInFrench() {
        CurrentRequest.withAcceptLanguage("de");

        assertThat(problems.problem(404, "resource.not_found").getTitle()).isEqualTo("Introuvable");
    }

    @Test
    void anUnreadableAcceptLanguageIsAnsweredInFrench() {
        CurrentRequest.withAcceptLanguage("en;q=abc");

        assertThat(problems.problem(404, "resource.not_found").getTitle()).isEqualTo("Introuvable");
    }

    @Test
    void theProblemCarriesItsStatusStableCodeAndTypeUrn() {
        var problem = problems.problem(409, "conflict.duplicate");

        assertThat(problem.getStatus()).isEqualTo(409);
        assertThat(problem.getProperties()).containsEntry("code", "conflict.duplicate");
        assertThat(problem.getType()).isEqualTo(URI.create("urn:mwolo:problem:conflict.duplicate"));
        assertThat(problem.getTitle()).isEqualTo("Conflit");
        assertThat(problem.getDetail()).isEqualTo("Cet enregistrement existe déjà.");
    }

    @Test
    void aCodeWithoutMessageIsShownAsTheCodeItself() {
        var problem = problems.problem(400, "geo.unknown_rule");

        assertThat(problem.getDetail()).isEqualTo("geo.unknown_rule");
        assertThat(problem.getProperties()).containsEntry("code", "geo.unknown_rule");
    }

    @Test
    void messageArgumentsAreFilledIn() {
        assertThat(problems.problem(404, "page.not_found", 7).getDetail()).isEqualTo("La page 7 n'existe pas.");

        CurrentRequest.withAcceptLanguage("en");
        assertThat(problems.problem(404, "page.not_found", 7).getDetail()).isEqualTo("Page 7 does not exist.");
    }

    @Test
    void messagesWithoutArgumentsShowASingleApostrophe() {
        assertThat(problems.problem(401, "auth.required").getDetail())
                .isEqualTo("Un jeton d'accès valide est requis.");
        assertThat(problems.problem(500, "internal.error").getDetail())
                .isEqualTo("Une erreur inattendue s'est produite. Elle a été enregistrée.");
        assertThat(problems.problem(400, "request.malformed_json").getDetail())
                .isEqualTo("Le corps de la requête n'est pas un JSON valide.");
    }

    @Test
    void theSameMessageReadsTheSameWithAndWithoutArguments() {
        String withoutArguments = problems.problem(403, "auth.permission_denied").getDetail();
        String withArguments = problems.problem(403, "auth.permission_denied", "geo:create").getDetail();

        assertThat(withoutArguments).isEqualTo(withArguments)
                .isEqualTo("Vous n'avez pas la permission d'effectuer cette action.");
    }

    @Test
    void anInvalidRequestListsTheFieldsAtFaultWithTheirMessages() {
        var problem = problems.invalid("validation.failed", List.of(
                problems.field("page", "page.invalid"),
                new Problems.FieldProblem("name", "ne doit pas être vide")));

        assertThat(problem.getStatus()).isEqualTo(400);
        assertThat(problem.getDetail()).isEqualTo("Certains champs sont invalides.");
        assertThat(problem.getProperties()).containsEntry("code", "validation.failed");
        assertThat(problem.getProperties().get("errors")).isEqualTo(List.of(
                Map.of("field", "page", "message", "Le numéro de page doit être un entier positif."),
                Map.of("field", "name", "message", "ne doit pas être vide")));
    }
}
