package energy.mwolo.platform.apidocs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonRawValue;
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
