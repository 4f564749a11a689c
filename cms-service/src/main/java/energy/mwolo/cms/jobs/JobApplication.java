package energy.mwolo.cms.jobs;

import energy.mwolo.cms.kernel.RichText;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An application to an offer: the person, an optional message (plain text), and the key of its CV in storage. */
@Entity
@Table(name = "job_applications")
public class JobApplication {

    @Id
    private UUID id;
    private UUID jobOfferId;
    private String name;
    private String email;
    private String phone;
    private String message;
    private String cvKey;
    private long cvSize;
    private Instant submittedAt;

    protected JobApplication() {
    }

    static JobApplication submitted(UUID id, UUID offer, String name, String email, String phone, String message,
            String cvKey, long cvSize, Instant now) {
        JobApplication application = new JobApplication();
        application.id = id;
        application.jobOfferId = offer;
        application.name = RichText.plain(name);
        application.email = email.strip();
        application.phone = phone == null || phone.isBlank() ? null : phone.strip();
        application.message = message == null || message.isBlank() ? null : RichText.plain(message);
        application.cvKey = cvKey;
        application.cvSize = cvSize;
        application.submittedAt = now;
        return application;
    }

    public UUID id() {
        return id;
    }

    public UUID jobOfferId() {
        return jobOfferId;
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

    public String message() {
        return message;
    }

    public String cvKey() {
        return cvKey;
    }

    public long cvSize() {
        return cvSize;
    }

    public Instant submittedAt() {
        return submittedAt;
    }
}
