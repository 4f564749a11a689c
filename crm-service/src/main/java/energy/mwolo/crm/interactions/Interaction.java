package energy.mwolo.crm.interactions;

import energy.mwolo.crm.kernel.Codes;
import energy.mwolo.crm.kernel.InvalidField;
import java.time.Instant;
import java.util.UUID;

/**
 * One contact with a client, on its timeline. Its visibility says whether the client sees it: notes are internal
 * unless staff say otherwise, every other kind is shown to the customer unless staff say otherwise.
 */
public record Interaction(UUID id, UUID clientId, Type type, Direction direction, String summary, UUID authorId,
                          Instant occurredAt, UUID ticketId, UUID invoiceId, Instant createdAt,
                          Visibility visibility) {

    public enum Type {
        CALL, VISIT, EMAIL, SMS, NOTE;

        static Type of(String code) {
            return Codes.parse(Type.class, code, "type");
        }
    }

    public enum Direction {
        INBOUND, OUTBOUND;

        static Direction ofNullable(String code) {
            return code == null ? null : Codes.parse(Direction.class, code, "direction");
        }
    }

    /** Who sees the interaction: staff only, or the client too. */
    public enum Visibility {
        INTERNAL, CUSTOMER;

        static Visibility ofNullable(String code) {
            return code == null ? null : Codes.parse(Visibility.class, code, "visibility");
        }

        /** What an interaction of {@code type} gets when nobody says. */
        static Visibility defaultFor(Type type) {
            return type == Type.NOTE ? INTERNAL : CUSTOMER;
        }
    }

    /** A null {@code visibility} takes the default of the type. */
    public Interaction {
        if (clientId == null) {
            throw new InvalidField("client", "crm.validation.required");
        }
        if (type == null) {
            throw new InvalidField("type", "crm.validation.required");
        }
        if (summary == null || summary.isBlank()) {
            throw new InvalidField("summary", "crm.validation.required");
        }
        if (occurredAt == null) {
            throw new InvalidField("occurred_at", "crm.validation.required");
        }
        visibility = visibility == null ? Visibility.defaultFor(type) : visibility;
    }

    public boolean isVisibleToCustomer() {
        return visibility == Visibility.CUSTOMER;
    }

    Interaction withVisibility(Visibility newVisibility) {
        return new Interaction(id, clientId, type, direction, summary, authorId, occurredAt, ticketId, invoiceId,
                createdAt, newVisibility);
    }
}
