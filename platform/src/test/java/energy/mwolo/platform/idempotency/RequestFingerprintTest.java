package energy.mwolo.platform.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RequestFingerprintTest {

    private static String post(String path, String body) {
        return RequestFingerprint.of("POST", path, null, body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theSameJsonWrittenWithOtherKeyOrderAndSpacingIsTheSameRequest() {
        assertThat(post("/api/geo/countries/", "{\"code\":\"CD\",\"name\":\"RDC\",\"tags\":[1,2]}"))
                .isEqualTo(post("/api/geo/countries/", "{\n  \"name\" : \"RDC\",\n  \"tags\" : [ 1, 2 ],\n  \"code\" : \"CD\"\n}"));
    }

    @Test
    void nestedObjectsAreCanonicalisedToo() {
        assertThat(post("/p", "{\"a\":{\"y\":1,\"x\":[{\"q\":1,\"p\":2}]}}"))
                .isEqualTo(post("/p", "{\"a\":{\"x\":[{\"p\":2,\"q\":1}],\"y\":1}}"));
    }

    @Test
    void numbersCompareByValue() {
        assertThat(post("/p", "{\"lat\":1.50}")).isEqualTo(post("/p", "{\"lat\":1.5}"));
        assertThat(post("/p", "{\"n\":100}")).isEqualTo(post("/p", "{\"n\":1e2}"));
        assertThat(post("/p", "{\"n\":0.0}")).isEqualTo(post("/p", "{\"n\":-0}"));
        assertThat(post("/p", "{\"n\":1.5}")).isNotEqualTo(post("/p", "{\"n\":1.05}"));
    }

    @Test
    void aChangedValueIsAnotherRequest() {
        assertThat(post("/p", "{\"name\":\"Gombe\"}")).isNotEqualTo(post("/p", "{\"name\":\"gombe\"}"));
        assertThat(post("/p", "{\"n\":1}")).isNotEqualTo(post("/p", "{\"n\":\"1\"}"));
        assertThat(post("/p", "{\"n\":null}")).isNotEqualTo(post("/p", "{}"));
        assertThat(post("/p", "[1,2]")).isNotEqualTo(post("/p", "[2,1]"));
    }

    @Test
    void escapedAndLiteralCharactersOfTheSameStringAgree() {
        assertThat(post("/p", "{\"name\":\"Kasa\\u00ef\"}")).isEqualTo(post("/p", "{\"name\":\"Kasaï\"}"));
    }

    @Test
    void methodPathAndQueryArePartOfTheRequest() {
        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
        String request = RequestFingerprint.of("POST", "/api/crm/sites", null, body);

        assertThat(RequestFingerprint.of("PATCH", "/api/crm/sites", null, body)).isNotEqualTo(request);
        assertThat(RequestFingerprint.of("POST", "/api/crm/clients", null, body)).isNotEqualTo(request);
        assertThat(RequestFingerprint.of("POST", "/api/crm/sites", "dry_run=true", body)).isNotEqualTo(request);
    }

    @Test
    void theTrailingSlashAndTheOrderOfQueryParametersDoNotMatter() {
        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);

        assertThat(RequestFingerprint.of("POST", "/api/crm/sites/", "b=2&a=1", body))
                .isEqualTo(RequestFingerprint.of("post", "/api/crm/sites", "a=1&b=2", body));
    }

    @Test
    void theOrderOfOneParameterRepeatedValuesIsKept() {
        assertThat(RequestFingerprint.canonicalQuery("tag=b&id=1&tag=a")).isEqualTo("id=1&tag=b&tag=a");
    }

    @Test
    void aBodyThatIsNotJsonIsComparedByteForByte() {
        assertThat(post("/p", "{not json")).isEqualTo(post("/p", "{not json"));
        assertThat(post("/p", "{not json")).isNotEqualTo(post("/p", "{not  json"));
        assertThat(post("/p", "{\"a\":1} trailing")).isNotEqualTo(post("/p", "{\"a\":1}"));
    }

    @Test
    void noBodyAndAnEmptyBodyAreTheSame() {
        assertThat(RequestFingerprint.of("POST", "/api/crm/contracts/1/activate/", null, null))
                .isEqualTo(RequestFingerprint.of("POST", "/api/crm/contracts/1/activate/", "", new byte[0]));
    }

    @Test
    void theFingerprintIsAHexSha256() {
        assertThat(post("/p", "{}")).matches("[0-9a-f]{64}");
    }
}
