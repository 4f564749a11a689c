package energy.mwolo.audit.log.web;

import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.web.bind.annotation.BindParam;

/**
 * The list and export filters as the query string gives them; read by {@code EventFilter.parse}. Documented one by
 * one (the controller takes it as a parameter object), each described by the {@code log} feature's parameters.
 * Every filter is optional (absent or blank: any) and they combine; a text filter is 500 characters at most.
 *
 * @param type           only events of this type ({@code ce_type}), exactly, e.g. {@code geo.AgencyOpened}
 * @param source         only events from this publishing service ({@code ce_source}), exactly, e.g.
 *                       {@code billing-service}
 * @param subject        only events about this subject, exactly: the id of the object the event concerns
 * @param actor          only events by this actor, exactly: a user id, {@code anonymous} or {@code system}
 * @param from           only events that occurred from this instant ({@code 2026-05-01T08:00:00Z}, or with an
 *                       offset) or this day ({@code 2026-05-01}, from midnight in Kinshasa), included
 * @param to             only events that occurred up to this instant or this day (the whole day in Kinshasa),
 *                       included; not before {@code from}
 * @param search         text found, ignoring case, in the event id, type, source, subject, actor or payload
 * @param sourceMismatch {@code true}: only events published by another service than their topic's owner;
 *                       {@code false}: only the others
 */
record EventFilterRequest(String type, String source, String subject, String actor, String from, String to,
                          String search,
                          @Parameter(name = "source_mismatch") @BindParam("source_mismatch") String sourceMismatch) {
}
