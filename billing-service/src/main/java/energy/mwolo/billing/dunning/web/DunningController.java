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
import energy.mwolo.platform.apidocs.AnswersProblem;
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
    @AnswersProblem(status = 404, codes = "billing.invoice.not_found")
    @GetMapping({"/api/billing/invoices/{id}/reminders", "/api/billing/invoices/{id}/reminders/"})
    List<ReminderResponse> ofInvoice(@PathVariable UUID id, CurrentUser user) {
        return reminders.ofInvoice(id, user).stream().map(ReminderResponse::of).toList();
    }

    @Operation(summary = "Lister les relances d'une facture (paramètre invoice)")
    @GetMapping({"/api/billing/dunning/reminders", "/api/billing/dunning/reminders/"})
    List<ReminderResponse> byInvoice(@RequestParam UUID invoice, CurrentUser user) {
        return ofInvoice(invoice, user);
    }

    /**
     * The whole schedule of reminders, replacing the current one from the next pass; reminders already decided stay
     * as they were. Step codes and days must be unique, and exactly one step is final: the latest one, after the
     * due date.
     *
     * @param steps the steps, 1 to 10, in any order
     */
    record StepsRequest(@NotNull @Size(min = 1, max = 10) List<@Valid @NotNull StepRequest> steps) {
    }

    /**
     * One reminder of the schedule, sent by email and by SMS.
     *
     * @param code       the step's code, 1 to 20 characters among lowercase letters, digits, {@code +} and {@code -}
     *                   ({@code "j+7"})
     * @param offsetDays days from the invoice's due date, -60 to 365; negative: before it ({@code -3} for J-3)
     * @param isFinal    sent as {@code final}: true for the step that also reports the contract overdue for
     *                   disconnection (protected sites excepted); absent means false
     */
    record StepRequest(@NotNull String code, @NotNull Integer offsetDays,
                       @JsonProperty("final") Boolean isFinal) {
    }

    /**
     * The schedule of reminders that unpaid invoices follow.
     *
     * @param steps the steps in the order of their day, earliest first; the last one is the final step
     */
    record StepsResponse(List<StepResponse> steps) {

        static StepsResponse of(DunningSchedule schedule) {
            return new StepsResponse(schedule.steps().stream()
                    .map(step -> new StepResponse(step.code(), step.offsetDays(), step.isFinal())).toList());
        }
    }

    /**
     * One reminder of the schedule, sent by email and by SMS.
     *
     * @param code       the step's code ({@code "j+7"}), as reminders name it
     * @param offsetDays days from the invoice's due date; negative: before it ({@code -3} for J-3)
     * @param isFinal    sent as {@code final}: true for the step that also reports the contract overdue for
     *                   disconnection (protected sites excepted)
     */
    record StepResponse(String code, int offsetDays,
                        @JsonProperty("final") boolean isFinal) {
    }

    /**
     * What one dunning pass did. Reminders count one per invoice, step and channel (email, SMS).
     *
     * @param day              the Africa/Kinshasa day the pass ran for, ISO {@code yyyy-MM-dd}
     * @param markedOverdue    invoices it marked overdue (issued or partially paid, past their due date, money owed)
     * @param remindersDecided reminders it decided to send
     * @param remindersSkipped reminders it decided not to send: earlier steps passed over because a later one was
     *                         due at once, or no email address or phone number for the channel
     * @param sent             reminders delivered, those of earlier passes waiting for a retry included
     * @param retrying         sends that failed and will be tried again later
     * @param failed           sends given up: refused, or still failing after the last attempt
     * @param accountsReported contracts reported overdue for disconnection by a final step
     * @param protectedSites   contracts that reached a final step but were not reported, their site being protected
     */
    record PassResponse(LocalDate day, int markedOverdue, int remindersDecided, int remindersSkipped, int sent,
                        int retrying, int failed, int accountsReported, int protectedSites) {

        static PassResponse of(PassReport r) {
            return new PassResponse(r.day(), r.markedOverdue(), r.remindersDecided(), r.remindersSkipped(), r.sent(),
                    r.retrying(), r.failed(), r.accountsReported(), r.protectedSites());
        }
    }

    /**
     * A reminder of an invoice: one step of the schedule on one channel, decided once.
     *
     * @param id        the reminder's id
     * @param invoice   the invoice it reminds of
     * @param step      the code of the schedule's step it belongs to ({@code "j+3"})
     * @param channel   {@code email} or {@code sms}
     * @param status    {@code pending} (to send, or waiting for a retry), {@code sending}, {@code sent},
     *                  {@code failed} (refused, or attempts exhausted) or {@code skipped} (not sent, see {@code note})
     * @param recipient the email address or phone number it goes to, as the client's details stood when the step was
     *                  decided; null when the client had none
     * @param language  the language it is written in: {@code fr} or {@code en}
     * @param attempts  how many times sending it was tried
     * @param note      why it was skipped ({@code passed_over}, {@code no_address}, {@code settled},
     *                  {@code no_gateway}) or the last sending error; null otherwise
     * @param createdAt when the step was decided for this invoice, ISO-8601 UTC
     * @param sentAt    when it was delivered, ISO-8601 UTC; null until sent
     */
    record ReminderResponse(UUID id, UUID invoice, String step, String channel, String status, String recipient,
                            String language, int attempts, String note, Instant createdAt, Instant sentAt) {

        static ReminderResponse of(Reminder r) {
            return new ReminderResponse(r.id(), r.invoiceId(), r.stepCode(), Codes.of(r.channel()),
                    Codes.of(r.status()), r.recipient(), r.language(), r.attempts(), r.note(), r.createdAt(),
                    r.sentAt());
        }
    }
}
