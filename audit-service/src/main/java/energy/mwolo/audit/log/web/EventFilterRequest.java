package energy.mwolo.audit.log.web;

import org.springframework.web.bind.annotation.BindParam;

/** The list and export filters as the query string gives them; read by {@code EventFilter.parse}. */
record EventFilterRequest(String type, String source, String subject, String actor, String from, String to,
                          String search, @BindParam("source_mismatch") String sourceMismatch) {
}
