package energy.mwolo.platform.apidocs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonRawValue;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValueSchemasTest {

    /** An answer as services write amounts. */
    record Priced(@JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal total,
                  @Schema(format = "decimal", example = "16.00") String taxRate,
                  BigDecimal latitude, String name) {
    }

    /**
     * A meter's reading as the API shows it, with {@code kwh} in kilowatt-hours.
     *
     * <p>Readings are never changed.
     *
     * @param meterSerial the serial number printed on the
     *                    meter, e.g. {@code MW-0001}
     * @param isFinal     whether it closes the month; see {@link java.time.YearMonth}
     * @param kwh         the register's value
     */
    record Reading(String meterSerial, @JsonProperty("final") boolean isFinal, String kwh,
                   @io.swagger.v3.oas.annotations.media.Schema(description = "Given in code.") String note) {
    }

    @Test
    void aRecordsJavadocDescribesItsSchemaAndEachParamThePropertyItNamesInJson() {
        ModelConverters converters = new ModelConverters(true);
        converters.addConverter(new io.swagger.v3.core.jackson.ModelResolver(io.swagger.v3.core.util.Json31.mapper()
                .copy().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)).openapi31(true));
        converters.addConverter(new JavadocDescriptions());

        io.swagger.v3.oas.models.media.Schema<?> reading = converters.readAll(new AnnotatedType(Reading.class))
                .get("Reading");
        Map<String, io.swagger.v3.oas.models.media.Schema> properties = reading.getProperties();

        assertThat(reading.getDescription()).isEqualTo(
                "A meter's reading as the API shows it, with `kwh` in kilowatt-hours.\n\nReadings are never changed.");
        assertThat(properties.get("meter_serial").getDescription())
                .isEqualTo("the serial number printed on the meter, e.g. `MW-0001`");
        assertThat(properties.get("final").getDescription()).isEqualTo("whether it closes the month; see YearMonth");
        assertThat(properties.get("kwh").getDescription()).isEqualTo("the register's value");
        assertThat(properties.get("note").getDescription()).as("the code's own kept").isEqualTo("Given in code.");
    }

    /** Two nested records of one name, as two controllers of a service may declare them. */
    static final class InvoiceResponse {

        /**
         * An invoice's line.
         *
         * @param issueDate the day it was issued
         */
        record Line(java.time.LocalDate issueDate) {
        }
    }

    static final class AccountController {

        record Line(String text) {
        }

        record AccountBalance(String total) {
        }
    }

    @Test
    void nestedRecordsOfOneNameAreNamedApartAfterTheirEnclosingClass() {
        ServiceTypeNames names = new ServiceTypeNames();

        assertThat(names.getNameOfClass(InvoiceResponse.Line.class)).isEqualTo("InvoiceLine");
        assertThat(names.getNameOfClass(AccountController.Line.class)).isEqualTo("AccountLine");
        assertThat(names.getNameOfClass(AccountController.AccountBalance.class)).isEqualTo("AccountBalance");
        assertThat(names.getNameOfClass(ValueSchemasTest.class)).as("a top-level class's simple name")
                .isEqualTo("ValueSchemasTest");
        assertThat(names.getNameOfClass(String.class)).isEqualTo("String");
    }

    @Test
    void aPropertyStartingWithIsIsNamedAsTheServiceWritesItToo() {
        ModelConverters converters = new ModelConverters(true);
        converters.addConverter(new io.swagger.v3.core.jackson.ModelResolver(io.swagger.v3.core.util.Json31.mapper()
                .copy().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE), new ServiceTypeNames())
                .openapi31(true));
        converters.addConverter(new JavadocDescriptions());

        io.swagger.v3.oas.models.media.Schema<?> line = converters.readAll(
                new AnnotatedType(InvoiceResponse.Line.class)).get("InvoiceLine");

        assertThat(line.getProperties()).containsOnlyKeys("issue_date");
        assertThat(((io.swagger.v3.oas.models.media.Schema<?>) line.getProperties().get("issue_date")).getDescription())
                .isEqualTo("the day it was issued");
    }

    /** An answer carrying JSON as it was received. */
    record Logged(@JsonRawValue String payload, String note) {
    }

    @Test
    void rawJsonIsAnyValueNotAString() {
        ModelConverters converters = new ModelConverters(true);
        converters.addConverter(new RawJsonValues());

        Map<String, io.swagger.v3.oas.models.media.Schema> properties = converters.readAll(
                new AnnotatedType(Logged.class)).get("Logged").getProperties();

        assertThat(properties.get("payload").getTypes()).isNullOrEmpty();
        assertThat(properties.get("payload").getType()).isNull();
        assertThat(properties.get("note").getTypes()).containsExactly("string");
    }

    @Test
    void anAmountWrittenAsAStringIsADecimalStringWithItsPatternAndAnExample() {
        ModelConverters converters = new ModelConverters(true);
        converters.addConverter(new DecimalStrings());

        Map<String, io.swagger.v3.oas.models.media.Schema> schemas = converters.readAll(
                new AnnotatedType(Priced.class));
        DecimalStrings.complete(schemas);
        Map<String, io.swagger.v3.oas.models.media.Schema> properties = schemas.get("Priced").getProperties();

        io.swagger.v3.oas.models.media.Schema<?> total = properties.get("total");
        assertThat(total.getTypes()).containsExactly("string");
        assertThat(total.getFormat()).isEqualTo("decimal");
        assertThat(total.getPattern()).isEqualTo(DecimalStrings.PATTERN);
        assertThat(total.getExample()).isEqualTo("12500.00");
        io.swagger.v3.oas.models.media.Schema<?> taxRate = properties.get("taxRate");
        assertThat(taxRate.getPattern()).isEqualTo(DecimalStrings.PATTERN);
        assertThat(taxRate.getExample()).as("its own example kept").isEqualTo("16.00");
        assertThat(properties.get("latitude").getTypes()).as("a number stays a number").containsExactly("number");
        assertThat(properties.get("name").getFormat()).isNull();
        assertThat("-1250.5".matches(DecimalStrings.PATTERN)).isTrue();
        assertThat("1E+3".matches(DecimalStrings.PATTERN)).isFalse();
    }
}
