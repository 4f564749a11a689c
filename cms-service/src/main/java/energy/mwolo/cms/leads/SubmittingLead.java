package energy.mwolo.cms.leads;

import energy.mwolo.contracts.cms.LeadSubmitted;
import energy.mwolo.platform.outbox.Outbox;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Someone sent the contact form: the message is kept and LeadSubmitted announced in the same transaction (crm makes a
 * prospect of it). A resent form makes a second lead: crm finds the client by e-mail and adds a note, no duplicate.
 */
@Service
public class SubmittingLead {

    private final Leads leads;
    private final Outbox outbox;
    private final Clock clock;

    SubmittingLead(Leads leads, Outbox outbox, Clock clock) {
        this.leads = leads;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Lead submit(String name, String email, String phone, String subject, String message) {
        Lead lead = leads.save(Lead.submitted(name, email, phone, subject, message, clock.instant()));
        outbox.publish(LeadSubmitted.CONTRACT, lead.id().toString(), new LeadSubmitted(lead.id(), lead.name(),
                lead.email(), lead.phone(), lead.subject(), lead.message(), lead.submittedAt()));
        return lead;
    }
}
