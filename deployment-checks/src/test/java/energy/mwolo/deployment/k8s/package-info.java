/**
 * The Kubernetes manifests under {@code k8s/}: the part derived from the code ({@link Manifests}, regenerated when a
 * service, topic, ACL or setting changes) and the checks of every rendered overlay against the Kubernetes and CRD
 * schemas vendored in {@code k8s/schemas} and against the service catalogue.
 */
package energy.mwolo.deployment.k8s;
