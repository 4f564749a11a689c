/** The HTTP API of meters: {@code /api/operations/meters/}, with link, unlink and swap actions. */
package energy.mwolo.operations.meters.web;
