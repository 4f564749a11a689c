package energy.mwolo.support.reports;

import energy.mwolo.platform.security.CurrentUser;
import energy.mwolo.support.access.SupportAccess;
import energy.mwolo.support.kernel.BusinessTime;
import energy.mwolo.support.kernel.InvalidField;
import io.swagger.v3.oas.annotations.Operation;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/support/reports/sla/?from=&to=} (Kinshasa dates, both included; staff only): per agency and per
 * agent, the tickets opened in the period, how many were resolved, and how many met or missed each deadline. A
 * deadline is missed when the scheduler recorded its breach, or when the response or resolution came after it; a
 * ticket without deadline counts as within.
 */
@RestController
@RequestMapping("/api/support/reports")
class SlaReportController {

    private static final String FIGURES = """
            count(*) as opened,
            count(t.resolved_at) as resolved,
            count(*) filter (where t.first_response_breached or t.first_responded_at > t.first_response_due)
                as first_response_missed,
            count(*) filter (where t.resolution_breached or t.resolved_at > t.resolution_due) as resolution_missed,
            count(*) filter (where t.resolved_at is not null
                             and (t.resolution_due is null or t.resolved_at <= t.resolution_due)) as resolved_within
            """;

    private final JdbcClient jdbc;

    SlaReportController(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * How the SLA deadlines held for a set of tickets opened in the report's period. A deadline is missed when the
     * scheduler recorded its breach or when the response or resolution came after it.
     *
     * @param opened the tickets opened in the period
     * @param resolved of those, the ones resolved now (status {@code resolved} or {@code closed}; a reopened ticket
     *     no longer counts)
     * @param firstResponseMissed of those, the ones whose first staff reply came after its deadline or is overdue
     * @param resolutionMissed of those, the ones resolved after their resolution deadline or overdue
     * @param resolvedWithin of those, the ones resolved by their resolution deadline (or without one)
     */
    record Figures(long opened, long resolved, long firstResponseMissed, long resolutionMissed,
                   long resolvedWithin) {

        static Figures of(ResultSet row) throws SQLException {
            return new Figures(row.getLong("opened"), row.getLong("resolved"), row.getLong("first_response_missed"),
                    row.getLong("resolution_missed"), row.getLong("resolved_within"));
        }
    }

    /**
     * The figures of one agency's tickets.
     *
     * @param agency the geo-service agency of the tickets' clients; null for tickets whose client had no known agency
     *     when they were opened (that line comes last)
     * @param figures how the deadlines held for those tickets
     */
    record AgencyLine(UUID agency, Figures figures) {
    }

    /**
     * The figures of the tickets one agent holds now (by its current assignment, not by who held them before).
     *
     * @param agent the identity-service user the tickets are assigned to
     * @param displayName the agent's name as recorded among support agents; null when that user is not a recorded
     *     agent
     * @param figures how the deadlines held for those tickets
     */
    record AgentLine(UUID agent, String displayName, Figures figures) {
    }

    /**
     * The SLA report of a period: tickets opened in it and how their deadlines held, per agency and per agent.
     *
     * @param from the period's first day (yyyy-MM-dd, Kinshasa time), as asked
     * @param to the period's last day (yyyy-MM-dd, Kinshasa time), included
     * @param agencies one line per agency that had tickets opened in the period, ordered by agency id
     * @param agents one line per agent holding tickets opened in the period, ordered by display name; tickets held
     *     by a team only are not in these lines
     */
    record SlaReport(LocalDate from, LocalDate to, List<AgencyLine> agencies, List<AgentLine> agents) {
    }

    @Operation(summary = "Rapport des délais de service (SLA) sur une période")
    @GetMapping({"/sla", "/sla/"})
    @Transactional(readOnly = true)
    SlaReport sla(@RequestParam LocalDate from, @RequestParam LocalDate to, CurrentUser user) {
        SupportAccess.requireAgent(user);
        if (to.isBefore(from)) {
            throw new InvalidField("to", "support.report.to_before_from", to, from);
        }
        Instant start = from.atStartOfDay(BusinessTime.ZONE).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(BusinessTime.ZONE).toInstant();
        List<AgencyLine> agencies = jdbc.sql("select t.agency_id, " + FIGURES + """
                 from tickets t where t.opened_at >= :start and t.opened_at < :end
                group by t.agency_id order by t.agency_id nulls last""")
                .param("start", Timestamp.from(start)).param("end", Timestamp.from(end))
                .query((row, n) -> new AgencyLine(row.getObject("agency_id", UUID.class), Figures.of(row))).list();
        List<AgentLine> agents = jdbc.sql("select t.assignee_id, a.display_name, " + FIGURES + """
                 from tickets t left join support_agents a on a.user_id = t.assignee_id
                where t.opened_at >= :start and t.opened_at < :end and t.assignee_id is not null
                group by t.assignee_id, a.display_name order by a.display_name, t.assignee_id""")
                .param("start", Timestamp.from(start)).param("end", Timestamp.from(end))
                .query((row, n) -> new AgentLine(row.getObject("assignee_id", UUID.class),
                        row.getString("display_name"), Figures.of(row))).list();
        return new SlaReport(from, to, agencies, agents);
    }
}
