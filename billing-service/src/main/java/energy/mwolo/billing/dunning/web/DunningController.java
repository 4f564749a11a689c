package energy.mwolo.billing.dunning.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import energy.mwolo.billing.dunning.application.DunningPass;
import energy.mwolo.billing.dunning.application.ManagingDunningSteps;
import energy.mwolo.billing.dunning.application.PassReport;
import energy.mwolo.billing.dunning.application.ReadingReminders;
import energy.mwolo.billing.dunning.model.DunningSchedule;
import energy.mwolo.billing.dunning.model.DunningStep;
import energy.mwolo.billing.dunning.model.Reminder;
import energy.mwolo.billing.kernel.Codes;
import energy.mwolo.platform.idempotency.Idempotent;
import energy.mwolo.platform.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The schedule of reminders (read and replaced whole by accountants and administrators), passes on demand, and an
 * invoice's reminders (staff). Writes take an Idempotency-Key.
 */
@RestController
class DunningController {

    private final ManagingDunningSteps steps;
    private final DunningPass pass;
    private final ReadingReminders reminders;

    DunningController(ManagingDunningSteps steps, DunningPass pass, ReadingReminders reminders) {
        this.steps = steps;
        this.pass = pass;
        this.reminders = reminders;
    }

    @Operation(summary = "Consulter les étapes de relance")
    @GetMapping({"/api/billing/dunning/steps", "/api/billing/dunning/steps/"})
    StepsResponse schedule(CurrentUser user) {
        return StepsResponse.of(steps.current(user));
    }

    @Operation(summary = "Remplacer les étapes de relance")
    @PutMapping({"/api/billing/dunning/steps", "/api/billing/dunning/steps/"})
    @Idempotent(required = true)
    StepsResponse replace(@Valid @RequestBody StepsRequest request, CurrentUser user) {
        return StepsResponse.of(steps.replace(request.steps().stream()
                .map(step -> new DunningStep(step.code(), step.offsetDays(), Boolean.TRUE.equals(step.isFinal())))
                .toList(), user));
    }

    /** A pass now: marks overdue invoices, decides and sends the reminders owed; answers what it did. */
    @Operation(summary = "Lancer un passage de relance")
    @PostMapping({"/api/billing/dunning/passes", "/api/billing/dunning/passes/"})
    @Idempotent(required = true)
    PassResponse runPass(CurrentUser user) {
        return PassResponse.of(pass.run(user));
    }

    @Operation(summary = "Lister les relances d'une facture")
    @GetMapping({"/api/billing/invoices/{id}/reminders", "/api/billing/invoices/{id}/reminders/"})
    List<ReminderResponse> ofInvoice(@PathVariable UUID id, CurrentUser user) {
        return reminders.ofInvoice(id, user).stream().map(ReminderResponse::of).toList();
    }

    @Operation(summary = "Lister les relances d'une facture (paramètre invoice)")
    @GetMapping({"/api/billing/dunning/reminders", "/api/billing/dunning/reminders/"})
    List<ReminderResponse> byInvoice(@RequestParam UUID invoice, CurrentUser user) {
        return ofInvoice(invoice, user);
    }

    record StepsRequest(@NotNull @Size(min = 1, max = 10) List<@Valid @NotNull StepRequest> steps) {
    }

    record StepRequest(@NotNull String code, @NotNull Integer offsetDays,
                       @JsonProperty("final") Boolean isFinal) {
    }

    record StepsResponse(List<StepResponse> steps) {

        static StepsResponse of(DunningSchedule schedule) {
            return new StepsResponse(schedule.steps().stream()
                    .map(step -> new StepResponse(step.code(), step.offsetDays(), step.isFinal())).toList());
        }
    }

    record StepResponse(String code, int offsetDays,
                        @JsonProperty("final") boolean isFinal) {
    }

    record PassResponse(LocalDate day, int markedOverdue, int remindersDecided, int remindersSkipped, int sent,
                        int retrying, int failed, int accountsReported, int protectedSites) {

        static PassResponse of(PassReport r) {
            return new PassResponse(r.day(), r.markedOverdue(), r.remindersDecided(), r.remindersSkipped(), r.sent(),
                    r.retrying(), r.failed(), r.accountsReported(), r.protectedSites());
        }
    }

    record ReminderResponse(UUID id, UUID invoice, String step, String channel, String status, String recipient,
                            String language, int attempts, String note, Instant createdAt, Instant sentAt) {

        static ReminderResponse of(Reminder r) {
            return new ReminderResponse(r.id(), r.invoiceId(), r.stepCode(), Codes.of(r.channel()),
                    Codes.of(r.status()), r.recipient(), r.language(), r.attempts(), r.note(), r.createdAt(),
                    r.sentAt());
        }
    }
}
