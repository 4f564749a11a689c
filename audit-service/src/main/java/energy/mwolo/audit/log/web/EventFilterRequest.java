package energy.mwolo.audit.log.web;

/** The list and export filters as the query string gives them; read by {@code EventFilter.parse}. */
record EventFilterRequest(String type, String source, String subject, String actor, String from, String to,
                          String search) {
}
