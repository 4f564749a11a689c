package energy.mwolo.crm.interactions;

import energy.mwolo.crm.kernel.Codes;
import energy.mwolo.crm.kernel.InvalidField;
import java.time.Instant;
import java.util.UUID;

/** One contact with a client, on its timeline. */
public record Interaction(UUID id, UUID clientId, Type type, Direction direction, String summary, UUID authorId,
                          Instant occurredAt, UUID ticketId, UUID invoiceId, Instant createdAt) {

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
    }
}
