package energy.mwolo.audit.log.web;

import energy.mwolo.audit.log.application.BrowsingEvents;
import energy.mwolo.audit.log.application.EventFilter;
import energy.mwolo.platform.security.CurrentUser;
import energy.mwolo.platform.web.PageQuery;
import energy.mwolo.platform.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Entries of the log: filters {@code type}, {@code source}, {@code subject}, {@code actor}, {@code from},
 * {@code to} (on occurred_at), {@code search} and {@code source_mismatch}; newest first; CSV export oldest first.
 */
@RestController
@RequestMapping("/api/audit/events")
class AuditEventController {

    private final BrowsingEvents browsing;

    AuditEventController(BrowsingEvents browsing) {
        this.browsing = browsing;
    }

    @Operation(summary = "Rechercher dans le journal d'audit")
    @GetMapping({"", "/"})
    PageResponse<EventResponse> list(@ParameterObject EventFilterRequest request, PageQuery page, CurrentUser user) {
        EventFilter filter = filter(request, user);
        return PageResponse.of(page, browsing.count(filter), browsing.find(filter, page.offset(), page.limit()))
                .map(EventResponse::from);
    }

    /** Streams the filtered range as CSV, row by row from the database, whatever its size. */
    @Operation(summary = "Exporter une plage du journal d'audit en CSV")
    @GetMapping("/export.csv")
    void export(@ParameterObject EventFilterRequest request, CurrentUser user, HttpServletResponse response) throws IOException {
        EventFilter filter = filter(request, user);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"audit-events.csv\"");
        try (Writer writer = new BufferedWriter(
                new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8), 64 * 1024)) {
            CsvWriter csv = new CsvWriter(writer);
            csv.header();
            browsing.export(filter, csv::row);
        }
    }

    private EventFilter filter(EventFilterRequest r, CurrentUser user) {
        return browsing.filter(r.type(), r.source(), r.subject(), r.actor(), r.from(), r.to(), r.search(),
                r.sourceMismatch(), user);
    }

    @Operation(summary = "Consulter un événement du journal d'audit")
    @GetMapping({"/{id}", "/{id}/"})
    EventResponse get(@PathVariable String id, CurrentUser user) {
        return EventResponse.from(browsing.show(id, user));
    }
}
