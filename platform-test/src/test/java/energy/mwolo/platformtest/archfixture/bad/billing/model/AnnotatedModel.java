package energy.mwolo.platformtest.archfixture.bad.billing.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A model that names its own JSON fields (Jackson's annotations keep their {@code com.fasterxml} package). */
public record AnnotatedModel(@JsonProperty("invoice_number") String number) {
}
