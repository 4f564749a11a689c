/** Checks that what operators deploy (compose, Kubernetes, dashboards, alerts, docs) matches the code. */
package energy.mwolo.deployment;
