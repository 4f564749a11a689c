/** HTTP conventions: problem details, DRF-style pagination, request ids, snake_case JSON. */
package energy.mwolo.platform.web;
