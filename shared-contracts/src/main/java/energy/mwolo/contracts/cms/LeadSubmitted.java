package energy.mwolo.contracts.cms;

import energy.mwolo.contracts.ContractPayload;
import energy.mwolo.contracts.EventContract;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Someone sent the website's contact form.
 * Nullable: phone, subject.
 */
@ContractPayload
public record LeadSubmitted(
        UUID leadId,
        String name,
        String email,
        String phone,
        String subject,
        String message,
        Instant occurredAt) {

    public static final EventContract<LeadSubmitted> CONTRACT =
            new EventContract<>("cms", "lead", "LeadSubmitted", 1, LeadSubmitted.class);

    public LeadSubmitted {
        Objects.requireNonNull(leadId, "leadId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
