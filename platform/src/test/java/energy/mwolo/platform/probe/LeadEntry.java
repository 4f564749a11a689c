package energy.mwolo.platform.probe;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** One application of a lead event: a row per call, so a second application would show as a second row. */
@Entity
@Table(name = "probe_leads")
public class LeadEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "event_id")
    private UUID eventId;

    private String email;

    @Column(name = "request_id")
    private String requestId;

    private String traceparent;

    protected LeadEntry() {
    }

    public LeadEntry(UUID eventId, String email, String requestId, String traceparent) {
        this.eventId = eventId;
        this.email = email;
        this.requestId = requestId;
        this.traceparent = traceparent;
    }
}
