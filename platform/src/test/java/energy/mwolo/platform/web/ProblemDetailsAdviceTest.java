package energy.mwolo.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.MutablePropertyValues;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.mock.http.MockHttpInputMessage;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindException;
import org.springframework.validation.DataBinder;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

class ProblemDetailsAdviceTest {

    /** Request bodies are read as the platform configures every service's mapper: snake_case names. */
    private static final JsonMapper JSON =
            JsonMapper.builder().propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).build();

    private final ProblemDetailsAdvice advice = new ProblemDetailsAdvice(new Problems(serviceMessages()));

    @AfterEach
    void unbindRequest() {
        CurrentRequest.clear();
    }

    @Test
    void anInvalidDomainValueNamesTheFieldAtFault() {
        var response = advice.domain(new AgencyNameBlank());

        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(code(response)).isEqualTo("geo.agency.name_blank");
        assertThat(response.getBody().getDetail()).isEqualTo("Le nom de l'agence est obligatoire.");
        assertThat(errors(response)).containsExactly(
                Map.of("field", "name", "message", "Le nom de l'agence est obligatoire."));
    }

    @Test
    void anInvalidDomainValueIsExplainedInEnglishToAnEnglishCaller() {
        CurrentRequest.withAcceptLanguage("en-GB");

        var response = advice.domain(new AgencyNameBlank());

        assertThat(response.getBody().getTitle()).isEqualTo("Bad request");
        assertThat(errors(response)).containsExactly(
                Map.of("field", "name", "message", "The agency name is required."));
    }

    @Test
    void anInvalidDomainValueShowsItsArgumentsInTheDetailAsInTheFieldsMessage() {
        var response = advice.domain(new AgencyNotOpen("0190a5c8-0000-7000-8000-00000000000a"));

        assertThat(response.getBody().getDetail())
                .isEqualTo("L'agence 0190a5c8-0000-7000-8000-00000000000a n'existe pas ou est fermée.");
        assertThat(errors(response)).containsExactly(Map.of("field", "agency",
                "message", "L'agence 0190a5c8-0000-7000-8000-00000000000a n'existe pas ou est fermée."));
    }

    /** Every path a domain rule takes to the client renders its arguments; the bundles' own test checks each key. */
    @ParameterizedTest(name = "{0}, field {1}")
    @MethodSource("everyKindWithAndWithoutField")
    void everyDomainProblemShowsItsArgumentsWhereverItsMessageAppears(ErrorKind kind, String field) {
        var response = advice.domain(new Refused(kind, field, "KIN-42"));

        assertThat(response.getBody().getDetail()).isEqualTo("Le code KIN-42 est déjà pris.");
        if (kind.status() == 400 && field != null) {
            assertThat(errors(response)).extracting(error -> error.get("message"))
                    .containsExactly("Le code KIN-42 est déjà pris.");
        } else {
            assertThat(errors(response)).as("only a 400 about a field lists errors").isNull();
        }
    }

    static Stream<Arguments> everyKindWithAndWithoutField() {
        return Stream.of(ErrorKind.values())
                .flatMap(kind -> Stream.of(Arguments.of(kind, null), Arguments.of(kind, "code")));
    }

    @Test
    void aConflictingDomainChangeIsA409() {
        var response = advice.domain(new AgencyCodeTaken("KIN-01"));

        assertThat(response.getStatusCode().value()).isEqualTo(409);
        assertThat(code(response)).isEqualTo("geo.agency.code_taken");
        assertThat(response.getBody().getTitle()).isEqualTo("Conflit");
        assertThat(response.getBody().getDetail()).isEqualTo("Le code KIN-01 est déjà pris.");
        assertThat(response.getBody().getProperties()).doesNotContainKey("errors");
    }

    @Test
    void aPagePastTheLastIsA404NamingThePage() {
        CurrentRequest.get("/api/geo/agencies/", "page=9");
        var pastTheEnd = (DomainException) catchThrowable(() -> PageResponse.of(new PageQuery(9, 20), 3, List.of()));

        var response = advice.domain(pastTheEnd);

        assertThat(response.getStatusCode().value()).isEqualTo(404);
        assertThat(code(response)).isEqualTo("page.not_found");
        assertThat(response.getBody().getDetail()).isEqualTo("La page 9 n'existe pas.");
        assertThat(response.getBody().getProperties()).containsEntry("field", "page");
    }

    @Test
    void aBodyThatIsNotJsonIsMalformedJson() {
        Throwable parseError = catchThrowable(() -> JSON.readValue("{bad", Map.class));

        var response = advice.unreadable(unreadable(parseError));

        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(code(response)).isEqualTo("request.malformed_json");
        assertThat(response.getBody().getProperties()).doesNotContainKey("errors");
    }

    @Test
    void aValueOfTheWrongTypeNamesItsField() {
        Throwable mismatch = catchThrowable(() -> JSON.readValue("{\"latitude\":\"abc\"}", Position.class));

        var response = advice.unreadable(unreadable(mismatch));

        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(code(response)).isEqualTo("request.invalid_value");
        assertThat(errors(response)).containsExactly(
                Map.of("field", "latitude", "message", "Valeur invalide pour le champ « latitude »."));
    }

    @Test
    void aValueOfTheWrongTypeInsideAListNamesItsPath() {
        Throwable mismatch = catchThrowable(
                () -> JSON.readValue("{\"points\":[{\"latitude\":1},{\"latitude\":\"abc\"}]}", Route.class));

        var response = advice.unreadable(unreadable(mismatch));

        assertThat(errors(response)).extracting(e -> e.get("field")).containsExactly("points[1].latitude");
    }

    @Test
    void anImpossibleDateNamesItsField() {
        Throwable badDate = catchThrowable(() -> JSON.readValue("{\"opened_on\":\"2026-13-45\"}", Opening.class));

        var response = advice.unreadable(unreadable(badDate));

        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(code(response)).isEqualTo("request.invalid_value");
        assertThat(errors(response)).extracting(e -> e.get("field")).containsExactly("opened_on");
    }

    @Test
    void anUnexpectedFailureIsA500ThatDoesNotLeakItsMessage() {
        var response = advice.unexpected(new IllegalStateException("connection to db-primary:5432 refused"));

        assertThat(response.getStatusCode().value()).isEqualTo(500);
        assertThat(code(response)).isEqualTo("internal.error");
        assertThat(response.getBody().toString()).doesNotContain("db-primary");
    }

    @Test
    void everyProblemIsServedAsProblemJson() {
        assertThat(advice.domain(new AgencyNameBlank()).getHeaders().getContentType())
                .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(advice.unexpected(new RuntimeException()).getHeaders().getContentType())
                .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void anUploadTooLargeKeepsItsStatusAndGetsAReadableTitle() {
        var response = advice.unexpected(new MaxUploadSizeExceededException(1_048_576));

        assertThat(response.getStatusCode().value()).isEqualTo(413);
        assertThat(code(response)).isEqualTo("request.rejected");
        assertThat(response.getBody().getTitle()).isNotEqualTo("status.413");
    }

    @Test
    void aRejectedFieldWithoutDefaultMessageIsStillA400NamingTheField() {
        var result = new BeanPropertyBindingResult(new AgencyForm(), "agencyForm");
        result.rejectValue("agencyName", "required");

        var response = advice.invalidBody(new BindException(result));

        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(errors(response)).extracting(e -> e.get("field")).containsExactly("agency_name");
        assertThat(errors(response)).extracting(e -> e.get("message")).doesNotContainNull();
    }

    @Test
    void aQueryValueOfTheWrongTypeIsExplainedWithoutJavaTypeNames() {
        var binder = new DataBinder(new AgencyForm(), "agencyForm");
        binder.bind(new MutablePropertyValues(Map.of("latitude", "abc")));

        var response = advice.invalidBody(new BindException(binder.getBindingResult()));

        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(errors(response)).extracting(e -> e.get("field")).containsExactly("latitude");
        assertThat(errors(response)).extracting(e -> (String) e.get("message"))
                .allSatisfy(message -> assertThat(message).doesNotContain("java.lang", "double"));
    }

    private static HttpMessageNotReadableException unreadable(Throwable cause) {
        assertThat(cause).as("the JSON reader must have failed").isNotNull();
        return new HttpMessageNotReadableException("JSON parse error", cause, new MockHttpInputMessage(new byte[0]));
    }

    private static Object code(ResponseEntity<ProblemDetail> response) {
        return response.getBody().getProperties().get("code");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> errors(ResponseEntity<ProblemDetail> response) {
        return (List<Map<String, Object>>) response.getBody().getProperties().get("errors");
    }

    /** A service's own bundle in front of the platform's, as {@code spring.messages.basename} chains them. */
    private static StaticMessageSource serviceMessages() {
        var messages = new StaticMessageSource();
        messages.setParentMessageSource(PlatformMessages.bundles());
        messages.addMessage("geo.agency.name_blank", Locale.FRENCH, "Le nom de l'agence est obligatoire.");
        messages.addMessage("geo.agency.name_blank", Locale.ENGLISH, "The agency name is required.");
        messages.addMessage("geo.agency.code_taken", Locale.FRENCH, "Le code {0} est déjà pris.");
        messages.addMessage("accounts.agency.not_open", Locale.FRENCH, "L''agence {0} n''existe pas ou est fermée.");
        return messages;
    }

    static final class AgencyNameBlank extends DomainException {
        AgencyNameBlank() {
            super(ErrorKind.INVALID, "geo.agency.name_blank", "name");
        }
    }

    static final class Refused extends DomainException {
        Refused(ErrorKind kind, String field, String code) {
            super(kind, "geo.agency.code_taken", field, code);
        }
    }

    static final class AgencyNotOpen extends DomainException {
        AgencyNotOpen(String agency) {
            super(ErrorKind.INVALID, "accounts.agency.not_open", "agency", agency);
        }
    }

    static final class AgencyCodeTaken extends DomainException {
        AgencyCodeTaken(String code) {
            super(ErrorKind.CONFLICT, "geo.agency.code_taken", null, code);
        }
    }

    record Position(double latitude) {
    }

    record Route(List<Position> points) {
    }

    record Opening(LocalDate openedOn) {
    }

    static final class AgencyForm {
        private String agencyName;
        private double latitude;

        public String getAgencyName() {
            return agencyName;
        }

        public void setAgencyName(String agencyName) {
            this.agencyName = agencyName;
        }

        public double getLatitude() {
            return latitude;
        }

        public void setLatitude(double latitude) {
            this.latitude = latitude;
        }
    }
}
