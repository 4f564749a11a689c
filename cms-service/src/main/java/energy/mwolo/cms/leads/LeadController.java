package energy.mwolo.cms.leads;

import energy.mwolo.cms.kernel.FormReceived;
import energy.mwolo.cms.kernel.Honeypot;
import energy.mwolo.platform.security.CurrentUser;
import energy.mwolo.platform.web.PageQuery;
import energy.mwolo.platform.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The contact form (public, rate-limited at the gateway, with a honeypot) and its messages for staff. */
@RestController
@RequestMapping("/api/cms/leads")
class LeadController {

    private final SubmittingLead submitting;
    private final BrowsingLeads browsing;

    LeadController(SubmittingLead submitting, BrowsingLeads browsing) {
        this.submitting = submitting;
        this.browsing = browsing;
    }

    /** 202 and the same body whether the message was kept or a robot filled the honeypot. */
    @Operation(summary = "Envoyer une demande de contact ou de raccordement")
    @PostMapping({"", "/"})
    @ResponseStatus(HttpStatus.ACCEPTED)
    FormReceived submit(@RequestBody @Valid LeadRequest request) {
        if (!Honeypot.caught(request.website())) {
            submitting.submit(request.name(), request.email(), request.phone(), request.subject(), request.message());
        }
        return FormReceived.RECEIVED;
    }

    @Operation(summary = "Lister les demandes reçues du site")
    @GetMapping({"", "/"})
    PageResponse<LeadBody> list(PageQuery page, CurrentUser user) {
        var found = browsing.list(page.page(), page.pageSize(), user);
        return PageResponse.of(page, found.getTotalElements(), found.getContent()).map(LeadBody::of);
    }

    /**
     * A message from the website's contact form (a question or a connection request); crm makes a prospect of it.
     *
     * @param name the sender's full name, required, 200 characters at most (tags are removed)
     * @param email the sender's email address, required, 254 characters at most; crm recognises a known client by it
     * @param phone the sender's phone number (+243...), 30 characters at most; optional
     * @param subject what the message is about, 200 characters at most (tags are removed); optional
     * @param message the message itself, required, 5,000 characters at most
     * @param website leave empty: a field hidden from people that robots fill; when filled, the message is answered
     *     as received but not kept
     */
    record LeadRequest(@NotBlank @Size(max = 200) String name, @NotBlank @Email @Size(max = 254) String email,
            @Size(max = 30) String phone, @Size(max = 200) String subject,
            @NotBlank @Size(max = 5000) String message, String website) {
    }

    /**
     * A message received through the website's contact form, for staff. Lists are ordered newest first.
     *
     * @param id the message's identifier (also the lead's identifier announced to crm)
     * @param name the sender's full name
     * @param email the sender's email address
     * @param phone the sender's phone number as typed; null when not given
     * @param subject what the message is about; null when not given
     * @param message the message as sent
     * @param submittedAt when the message was received (ISO-8601, UTC)
     */
    record LeadBody(UUID id, String name, String email, String phone, String subject, String message,
            Instant submittedAt) {

        static LeadBody of(Lead lead) {
            return new LeadBody(lead.id(), lead.name(), lead.email(), lead.phone(), lead.subject(), lead.message(),
                    lead.submittedAt());
        }
    }
}
