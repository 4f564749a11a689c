package energy.mwolo.geo.calendar.web;

import energy.mwolo.geo.calendar.application.ChangingWorkingHours;
import energy.mwolo.geo.calendar.application.CountingWorkingDays;
import energy.mwolo.geo.calendar.application.ReadingWorkingHours;
import energy.mwolo.platform.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Working hours of an agency and of the company default, and an agency's working days over a period. */
@RestController
class WorkingHoursController {

    private final ReadingWorkingHours reading;
    private final ChangingWorkingHours changing;
    private final CountingWorkingDays counting;

    WorkingHoursController(ReadingWorkingHours reading, ChangingWorkingHours changing,
                           CountingWorkingDays counting) {
        this.reading = reading;
        this.changing = changing;
        this.counting = counting;
    }

    /** The agency's own hours, or the company default's when it has none ({@code is_default}). */
    @Operation(summary = "Consulter les horaires d'une agence")
    @GetMapping({"/api/agencies/{id}/working-hours", "/api/agencies/{id}/working-hours/"})
    WorkingHoursResponse ofAgency(@PathVariable UUID id, CurrentUser user) {
        return WorkingHoursResponse.from(reading.ofAgency(id, user));
    }

    @Operation(summary = "Changer les horaires d'une agence")
    @PutMapping({"/api/agencies/{id}/working-hours", "/api/agencies/{id}/working-hours/"})
    WorkingHoursResponse changeOfAgency(@PathVariable UUID id, @RequestBody WorkingHoursRequest request,
                                        CurrentUser user) {
        changing.ofAgency(id, request.draft(), user);
        return ofAgency(id, user);
    }

    @Operation(summary = "Consulter les horaires par défaut de l'entreprise")
    @GetMapping({"/api/geo/working-hours", "/api/geo/working-hours/"})
    WorkingHoursResponse companyDefault() {
        return WorkingHoursResponse.from(reading.companyDefault());
    }

    @Operation(summary = "Changer les horaires par défaut de l'entreprise")
    @PutMapping({"/api/geo/working-hours", "/api/geo/working-hours/"})
    WorkingHoursResponse changeCompanyDefault(@RequestBody WorkingHoursRequest request, CurrentUser user) {
        changing.companyDefault(request.draft(), user);
        return companyDefault();
    }

    @Operation(summary = "Lister les jours ouvrés d'une agence sur une période")
    @GetMapping({"/api/agencies/{id}/working-days", "/api/agencies/{id}/working-days/"})
    WorkingDaysResponse workingDays(@PathVariable UUID id, @RequestParam LocalDate from, @RequestParam LocalDate to,
                                    CurrentUser user) {
        return new WorkingDaysResponse(id, from, to, counting.between(id, from, to, user));
    }
}
