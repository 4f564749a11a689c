package energy.mwolo.operations.readings.web;

import energy.mwolo.operations.readings.application.BrowsingReadings;
import energy.mwolo.platform.security.CurrentUser;
import energy.mwolo.platform.web.PageQuery;
import energy.mwolo.platform.web.PageResponse;
import java.time.Instant;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A meter's readings, by the meter's id or number, newest first; {@code from} included, {@code to} excluded. */
@RestController
class ReadingController {

    private final BrowsingReadings browsing;

    ReadingController(BrowsingReadings browsing) {
        this.browsing = browsing;
    }

    @GetMapping({"/api/operations/meters/{meter}/readings", "/api/operations/meters/{meter}/readings/"})
    PageResponse<ReadingResponse> list(@PathVariable String meter,
                                       @RequestParam(required = false) Instant from,
                                       @RequestParam(required = false) Instant to,
                                       PageQuery page, CurrentUser user) {
        UUID id = browsing.readableMeter(meter, user);
        return PageResponse.of(page, browsing.count(id, from, to), browsing.find(id, from, to, page.offset(),
                page.limit())).map(ReadingResponse::from);
    }
}
