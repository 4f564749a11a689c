/** HTTP conventions: problem details, DRF-style pagination, request ids, snake_case JSON, trusted forwarded headers. */
package energy.mwolo.platform.web;
