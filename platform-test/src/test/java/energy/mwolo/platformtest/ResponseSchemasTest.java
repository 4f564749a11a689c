package energy.mwolo.platformtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ResponseSchemasTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ResponseSchemas schemas = ResponseSchemas.of(json("""
            {"paths": {
               "/api/agencies/{id}/": {"get": {"responses": {
                  "200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Agency"}}}},
                  "404": {"$ref": "#/components/responses/NotFound"}}}},
               "/api/agencies/mine/": {"get": {"responses": {
                  "200": {"content": {"application/json": {"schema": {"type": "array",
                     "items": {"$ref": "#/components/schemas/Agency"}}}}}}}}},
             "components": {
               "responses": {"NotFound": {"content": {"application/problem+json": {"schema": {
                  "type": "object", "required": ["status", "code"],
                  "properties": {"status": {"type": "integer"}, "code": {"type": "string"}}}}}}},
               "schemas": {"Agency": {"type": "object", "required": ["id", "name"], "properties": {
                  "id": {"type": "string", "format": "uuid"},
                  "name": {"type": "string"},
                  "status": {"type": "string", "enum": ["open", "closed"]},
                  "opened_on": {"type": "string", "format": "date"},
                  "closed_at": {"type": ["string", "null"], "format": "date-time"},
                  "staff": {"type": "integer", "format": "int32"},
                  "balance": {"type": "string", "format": "decimal", "example": "12500.00"},
                  "hours": {"type": "array", "items": {"type": "object", "properties": {
                     "day": {"type": "integer"}}}}}}}}}"""));

    @Test
    void anAnswerAsDocumentedHasNoMismatch() {
        assertThat(schemas.mismatches("GET", "/api/agencies/0190a8f4-2b7c-7d3e-9f00-123456789abc/?x=1", 200, json("""
                {"id": "0190a8f4-2b7c-7d3e-9f00-123456789abc", "name": "Gombe", "status": "open",
                 "opened_on": "2024-02-01", "closed_at": null, "staff": 12, "balance": "-0.5",
                 "hours": [{"day": 1}]}"""))).isEmpty();
        assertThat(schemas.mismatches("GET", "/api/agencies/x/", 404, json("""
                {"status": 404, "code": "agencies.not_found"}"""))).isEmpty();
    }

    @Test
    void aPropertyTheDocumentDoesNotNameIsADifference() {
        assertThat(schemas.mismatches("GET", "/api/agencies/x/", 200, json("""
                {"id": "0190a8f4-2b7c-7d3e-9f00-123456789abc", "name": "Gombe", "opened_at": "2024-02-01",
                 "hours": [{"day": 1, "opens": "08:00"}]}""")))
                .containsExactlyInAnyOrder(
                        "GET /api/agencies/{id}/ 200: $: property 'opened_at' is not in the document",
                        "GET /api/agencies/{id}/ 200: $.hours[0]: property 'opens' is not in the document");
    }

    @Test
    void anExampleIsHeldToItsOwnSchema() {
        assertThat(schemas.exampleMismatches()).isEmpty();
        ResponseSchemas wrong = ResponseSchemas.of(json("""
                {"components": {"schemas": {"Invoice": {"type": "object", "properties": {
                   "total": {"type": "string", "format": "decimal", "example": "12,500.00"},
                   "status": {"type": "string", "enum": ["issued", "paid"], "example": "ISSUED"},
                   "lines": {"type": "array", "items": {"type": "object", "properties": {
                      "quantity": {"type": "integer", "example": 2.5}}}}}}}}}"""));

        assertThat(wrong.exampleMismatches()).containsExactly(
                "#/components/schemas/Invoice.total (example): '12,500.00' is not a decimal",
                "#/components/schemas/Invoice.status (example): \"ISSUED\" is none of [\"issued\",\"paid\"]",
                "#/components/schemas/Invoice.lines[].quantity (example): a number where the document says integer");
    }

    @Test
    void eachDifferenceIsNamedWhereItIs() {
        assertThat(schemas.mismatches("GET", "/api/agencies/x/", 200, json("""
                {"id": "not-a-uuid", "status": "ajar", "opened_on": "01/02/2024", "closed_at": "yesterday",
                 "staff": "12", "balance": "1E+3", "hours": [{"day": 1.5}]}""")))
                .containsExactly(
                        "GET /api/agencies/{id}/ 200: $: required property 'name' missing",
                        "GET /api/agencies/{id}/ 200: $.id: 'not-a-uuid' is not a uuid",
                        "GET /api/agencies/{id}/ 200: $.status: \"ajar\" is none of [\"open\",\"closed\"]",
                        "GET /api/agencies/{id}/ 200: $.opened_on: '01/02/2024' is not a date",
                        "GET /api/agencies/{id}/ 200: $.closed_at: 'yesterday' is not a date-time",
                        "GET /api/agencies/{id}/ 200: $.staff: a string where the document says integer",
                        "GET /api/agencies/{id}/ 200: $.balance: '1E+3' is not a decimal",
                        "GET /api/agencies/{id}/ 200: $.hours[0].day: a number where the document says integer");
        assertThat(schemas.mismatches("GET", "/api/agencies/x/", 200, json("""
                {"id": "0190a8f4-2b7c-7d3e-9f00-123456789abc", "name": null}""")))
                .containsExactly("GET /api/agencies/{id}/ 200: $.name: null where the document says string");
    }

    @Test
    void theMostLiteralPathIsTheOperation() {
        assertThat(schemas.mismatches("GET", "/api/agencies/mine/", 200, json("""
                [{"id": "0190a8f4-2b7c-7d3e-9f00-123456789abc", "name": "Gombe"}, {"name": "Limete"}]""")))
                .containsExactly("GET /api/agencies/mine/ 200: $[1]: required property 'id' missing");
    }

    @Test
    void anAnswerTheDocumentDoesNotHaveIsAnError() {
        assertThatThrownBy(() -> schemas.mismatches("GET", "/api/agencies/x/", 409, json("{}")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("no JSON answer for 409");
        assertThatThrownBy(() -> schemas.mismatches("DELETE", "/api/agencies/x/", 204, json("{}")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("No DELETE /api/agencies/{id}/");
        assertThatThrownBy(() -> schemas.mismatches("GET", "/api/other/", 200, json("{}")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("No path of the document matches");
    }

    private static JsonNode json(String text) {
        return JSON.readTree(text);
    }
}
