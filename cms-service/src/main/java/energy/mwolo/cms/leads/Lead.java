package energy.mwolo.cms.leads;

import energy.mwolo.cms.kernel.RichText;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A message sent through the contact form, kept as plain text (no markup survives). */
@Entity
@Table(name = "leads")
public class Lead {

    @Id
    private UUID id;
    private String name;
    private String email;
    private String phone;
    private String subject;
    private String message;
    private Instant submittedAt;

    protected Lead() {
    }

    static Lead submitted(String name, String email, String phone, String subject, String message, Instant now) {
        Lead lead = new Lead();
        lead.id = UUID.randomUUID();
        lead.name = RichText.plain(name);
        lead.email = email.strip();
        lead.phone = blankToNull(phone);
        lead.subject = blankToNull(RichText.plain(subject));
        lead.message = message.strip();
        lead.submittedAt = now;
        return lead;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }

    public String subject() {
        return subject;
    }

    public String message() {
        return message;
    }

    public Instant submittedAt() {
        return submittedAt;
    }
}
