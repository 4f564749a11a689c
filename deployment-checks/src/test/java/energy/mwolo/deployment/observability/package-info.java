/** Checks that the alerts, dashboards and scrape targets read only series the services really publish. */
package energy.mwolo.deployment.observability;
