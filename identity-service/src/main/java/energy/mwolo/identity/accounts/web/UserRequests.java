package energy.mwolo.identity.accounts.web;

import energy.mwolo.identity.accounts.application.AccountChanges;
import energy.mwolo.identity.accounts.application.NewAccount;
import energy.mwolo.platform.web.InvalidRequestParameter;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/** Request bodies of /api/accounts/users/. */
final class UserRequests {

    private UserRequests() {
    }

    /**
     * A new account opened by an administrator; without {@code password} its holder is invited by mail to set one. Only
     * super administrators open {@code SUPER_ADMIN} accounts.
     *
     * @param email     the address the person will sign in with, unique whatever the case; confirmed at once when
     *                  {@code password} is given, else when the holder accepts the invitation
     * @param password  the first password: 10 to 128 characters, neither the account's email nor its local part, not a
     *                  common password, at least 4 different characters; absent to mail an invitation instead
     * @param firstName the person's first name, at most 100 characters
     * @param lastName  the person's last name, at most 100 characters
     * @param postName  the Congolese post-nom, optional, at most 100 characters
     * @param phone     the person's phone number, optional, at most 30 characters: digits, spaces and {@code + ( ) . -}
     * @param role      the role code, case ignored: {@code SUPER_ADMIN}, {@code ADMIN}, {@code HR}, {@code ACCOUNTANT},
     *                  {@code OPERATIONS}, {@code SALES_AGENT}, {@code EMPLOYEE} or {@code CLIENT}
     * @param agency    the geo-service agency the account belongs to, one this service knows; optional
     * @param client    the CRM client the account acts for (a customer's account); optional
     * @param employee  the HR employee the account belongs to; optional
     */
    record Create(
            @NotBlank @Email @Size(max = 254) String email,
            @Size(max = 128) String password,
            @NotBlank @Size(max = 100) String firstName,
            @NotBlank @Size(max = 100) String lastName,
            @Size(max = 100) String postName,
            @Size(max = 30) @Pattern(regexp = "[0-9+ ().-]*", message = "{accounts.validation.phone}") String phone,
            @NotBlank String role,
            UUID agency,
            UUID client,
            UUID employee) {

        NewAccount account() {
            return new NewAccount(email, password, firstName, lastName, postName, phone, role, agency, client,
                    employee);
        }

        @Override
        public String toString() {
            return "Create[email=" + email + ", role=" + role + "]";
        }
    }

    /**
     * A partial change, read from the JSON tree because a record cannot tell an absent field from a null one: an
     * absent field stays as it is; {@code null} clears an optional one (post_name, phone, agency, client, employee).
     * The account's own rules check the values (lengths, email, phone).
     */
    static AccountChanges changes(JsonNode body) {
        if (!body.isObject()) {
            throw new InvalidRequestParameter("non_field_errors", "request.invalid_value");
        }
        return new AccountChanges(text(body, "email"), text(body, "first_name"), text(body, "last_name"),
                optional(body, "post_name", JsonNode::asString), optional(body, "phone", JsonNode::asString),
                optional(body, "agency", node -> uuid(node, "agency")),
                optional(body, "client", node -> uuid(node, "client")),
                optional(body, "employee", node -> uuid(node, "employee")));
    }

    private static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            throw new InvalidRequestParameter(field, "request.invalid_value_for_field", field);
        }
        return value.asString();
    }

    @SuppressWarnings("OptionalAssignedToNull")
    private static <T> Optional<T> optional(JsonNode body, String field, Function<JsonNode, T> read) {
        JsonNode value = body.get(field);
        if (value == null) {
            return null;
        }
        return value.isNull() ? Optional.empty() : Optional.of(read.apply(value));
    }

    private static UUID uuid(JsonNode value, String field) {
        try {
            return UUID.fromString(value.asString());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestParameter(field, "request.invalid_value_for_field", field);
        }
    }

    /**
     * An account's new role; its next access token carries the new role's permissions. Nobody changes their own role,
     * and only super administrators grant {@code SUPER_ADMIN} or change a super administrator.
     *
     * @param role the role code, case ignored: {@code SUPER_ADMIN}, {@code ADMIN}, {@code HR}, {@code ACCOUNTANT},
     *             {@code OPERATIONS}, {@code SALES_AGENT}, {@code EMPLOYEE} or {@code CLIENT}
     */
    record RoleAssignment(@NotNull String role) {
    }
}
