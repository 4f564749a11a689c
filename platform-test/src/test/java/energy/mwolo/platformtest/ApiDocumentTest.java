package energy.mwolo.platformtest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ApiDocumentTest {

    private static final String TAGS = """
            "tags": [{"name": "agencies", "x-displayName": "Agences", "description": "Agences : les agences."}]""";
    private static final String RESPONSES = """
            "responses": {"200": {}, "401": {}, "403": {}, "429": {}, "503": {}}""";

    @Test
    void aCompleteOperationHasNoGap() {
        assertThat(ApiDocument.gaps(document("""
                "summary": "Consulter une agence", "tags": ["agencies"], %s""".formatted(RESPONSES)))).isEmpty();
    }

    @Test
    void anOperationWithoutSummaryIsAGap() {
        assertThat(ApiDocument.gaps(document("""
                "tags": ["agencies"], %s""".formatted(RESPONSES))))
                .containsExactly("GET /api/agencies/{id}/: no summary (@Operation(summary = ...) on its controller "
                        + "method)");
        assertThat(ApiDocument.gaps(document("""
                "summary": " ", "tags": ["agencies"], %s""".formatted(RESPONSES)))).hasSize(1);
    }

    @Test
    void anOperationWithoutItsFeatureTagOrProblemsIsAGap() {
        assertThat(ApiDocument.gaps(document("""
                "summary": "Consulter une agence", "tags": ["other"], "responses": {"200": {}}""")))
                .containsExactly(
                        "GET /api/agencies/{id}/: tag 'other' has no label or description (mwolo.api-docs.tags.other)",
                        "GET /api/agencies/{id}/: no 401 response", "GET /api/agencies/{id}/: no 403 response",
                        "GET /api/agencies/{id}/: no 429 response", "GET /api/agencies/{id}/: no 503 response");
    }

    @Test
    void aQueryParameterWithoutDescriptionIsAGapNamingWhereItsDescriptionGoes() {
        assertThat(ApiDocument.gaps(document("""
                "summary": "Lister les agences", "tags": ["agencies"], %s, "parameters": [
                    {"name": "is_active", "in": "query"},
                    {"name": "search", "in": "query", "description": "Texte cherché."},
                    {"name": "id", "in": "path"}]""".formatted(RESPONSES))))
                .containsExactly("GET /api/agencies/{id}/: query parameter 'is_active' has no description "
                        + "(mwolo.api-docs.tags.agencies.parameters.is-active)");
    }

    private static JsonNode document(String operation) {
        return JsonMapper.shared().readTree("""
                {%s, "paths": {"/api/agencies/{id}/": {"get": {%s}}}}""".formatted(TAGS, operation));
    }
}
