package energy.mwolo.geo.agencies.model;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;

public class InvalidAgencyField extends DomainException {

    private InvalidAgencyField(String code, String field, Object... args) {
        super(ErrorKind.INVALID, code, field, args);
    }

    static InvalidAgencyField missing(String field) {
        return new InvalidAgencyField("agencies.field.required", field);
    }

    static InvalidAgencyField tooLong(String field, int maxLength) {
        return new InvalidAgencyField("agencies.field.too_long", field, maxLength);
    }
}
