/** Use cases of agencies (open, revise, close) and the read side that lists them to whoever may see them. */
package energy.mwolo.geo.agencies.application;
