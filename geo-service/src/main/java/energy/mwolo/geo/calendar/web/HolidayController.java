package energy.mwolo.geo.calendar.web;

import energy.mwolo.geo.calendar.application.BrowsingHolidays;
import energy.mwolo.geo.calendar.application.CancellingHoliday;
import energy.mwolo.geo.calendar.application.DeclaringHoliday;
import energy.mwolo.geo.calendar.application.OverridingHoliday;
import energy.mwolo.geo.calendar.model.HolidayId;
import energy.mwolo.geo.calendar.model.WorkingHours;
import energy.mwolo.platform.idempotency.Idempotent;
import energy.mwolo.platform.security.CurrentUser;
import energy.mwolo.platform.web.PageQuery;
import energy.mwolo.platform.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Public holidays: {@code /} lists the days off of a year ({@code country}, {@code year}, this year by default);
 * {@code /declared/} the holidays behind them, with their per-year overrides under
 * {@code /declared/{id}/overrides/{year}/}.
 */
@RestController
@RequestMapping("/api/geo/holidays")
class HolidayController {

    private static final String DECLARED = "/api/geo/holidays/declared/";

    private final BrowsingHolidays browsing;
    private final DeclaringHoliday declaring;
    private final OverridingHoliday overriding;
    private final CancellingHoliday cancelling;

    HolidayController(BrowsingHolidays browsing, DeclaringHoliday declaring, OverridingHoliday overriding,
                      CancellingHoliday cancelling) {
        this.browsing = browsing;
        this.declaring = declaring;
        this.overriding = overriding;
        this.cancelling = cancelling;
    }

    @Operation(summary = "Lister les jours fériés observés d'un pays")
    @GetMapping({"", "/"})
    PageResponse<ObservedHolidayResponse> observed(@RequestParam String country,
                                                   @RequestParam(required = false) Integer year, PageQuery page) {
        int asked = year != null ? year : Year.now(WorkingHours.COMPANY_ZONE).getValue();
        Locale locale = LocaleContextHolder.getLocale();
        return page(page, browsing.observedIn(country, asked)).map(v -> ObservedHolidayResponse.from(v, locale));
    }

    @Operation(summary = "Lister les jours fériés déclarés d'un pays")
    @GetMapping({"/declared", "/declared/"})
    PageResponse<HolidayResponse> declared(@RequestParam String country,
                                           @RequestParam(name = "is_cancelled", required = false) Boolean cancelled,
                                           PageQuery page) {
        Locale locale = LocaleContextHolder.getLocale();
        return page(page, browsing.declaredBy(country, cancelled)).map(v -> HolidayResponse.from(v, locale));
    }

    @Operation(summary = "Consulter un jour férié déclaré")
    @GetMapping({"/declared/{id}", "/declared/{id}/"})
    HolidayResponse get(@PathVariable UUID id) {
        return HolidayResponse.from(browsing.show(new HolidayId(id)), LocaleContextHolder.getLocale());
    }

    @Operation(summary = "Déclarer un jour férié")
    @PostMapping({"/declared", "/declared/"})
    @Idempotent
    ResponseEntity<HolidayResponse> declare(@RequestBody @Valid HolidayRequest request, CurrentUser user) {
        UUID id = declaring.declare(request.draft(), user).value();
        return ResponseEntity.created(URI.create(DECLARED + id + "/")).body(get(id));
    }

    /** Cancels the holiday: observed in no year any more. Cancelling a cancelled holiday is harmless. */
    @Operation(summary = "Annuler un jour férié déclaré")
    @DeleteMapping({"/declared/{id}", "/declared/{id}/"})
    ResponseEntity<Void> cancel(@PathVariable UUID id, CurrentUser user) {
        cancelling.cancel(new HolidayId(id), user);
        return ResponseEntity.noContent().build();
    }

    /** Sets what happens to the holiday in {@code year}, replacing any earlier decision for that year. */
    @Operation(summary = "Décider d'une année particulière d'un jour férié")
    @PutMapping({"/declared/{id}/overrides/{year}", "/declared/{id}/overrides/{year}/"})
    HolidayResponse override(@PathVariable UUID id, @PathVariable int year, @RequestBody OverrideRequest request,
                             CurrentUser user) {
        overriding.override(new HolidayId(id), year, request.observed(), request.observedOn(), user);
        return get(id);
    }

    /** The ordinance's rule applies to {@code year} again. */
    @Operation(summary = "Retirer la décision d'une année d'un jour férié")
    @DeleteMapping({"/declared/{id}/overrides/{year}", "/declared/{id}/overrides/{year}/"})
    ResponseEntity<Void> withdraw(@PathVariable UUID id, @PathVariable int year, CurrentUser user) {
        overriding.withdraw(new HolidayId(id), year, user);
        return ResponseEntity.noContent().build();
    }

    /** A country's holidays are a few dozen at most: they are paged in memory. */
    private static <T> PageResponse<T> page(PageQuery page, List<T> all) {
        int from = (int) Math.min(page.offset(), all.size());
        int to = Math.min(from + page.limit(), all.size());
        return PageResponse.of(page, all.size(), all.subList(from, to));
    }
}
