package energy.mwolo.audit.log.web;

import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.web.bind.annotation.BindParam;

/**
 * The list and export filters as the query string gives them; read by {@code EventFilter.parse}. Documented one by
 * one (the controller takes it as a parameter object), each described by the {@code log} feature's parameters.
 */
record EventFilterRequest(String type, String source, String subject, String actor, String from, String to,
                          String search,
                          @Parameter(name = "source_mismatch") @BindParam("source_mismatch") String sourceMismatch) {
}
