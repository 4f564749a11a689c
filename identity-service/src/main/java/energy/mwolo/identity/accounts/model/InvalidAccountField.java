package energy.mwolo.identity.accounts.model;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;

public class InvalidAccountField extends DomainException {

    private InvalidAccountField(String code, String field, Object... args) {
        super(ErrorKind.INVALID, code, field, args);
    }

    static InvalidAccountField missing(String field) {
        return new InvalidAccountField("accounts.field.required", field);
    }

    static InvalidAccountField tooLong(String field, int maxLength) {
        return new InvalidAccountField("accounts.field.too_long", field, maxLength);
    }

    static InvalidAccountField invalidEmail() {
        return new InvalidAccountField("accounts.email.invalid", "email");
    }

    static InvalidAccountField invalidPhone() {
        return new InvalidAccountField("accounts.phone.invalid", "phone");
    }

    /** The agency is unknown to this service, or closed. */
    public static InvalidAccountField agencyNotOpen(Object agency) {
        return new InvalidAccountField("accounts.agency.not_open", "agency", agency);
    }

    public static InvalidAccountField unknownAgency(Object agency) {
        return new InvalidAccountField("accounts.agency.unknown", "agency", agency);
    }
}
