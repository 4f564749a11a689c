/**
 * The platform on one machine without Docker, for the devstack and for tests: real servers, no test libraries.
 *
 * <ul>
 *   <li>{@link energy.mwolo.embedded.SharedPostgres}: an embedded PostgreSQL (logical decoding on) with a database
 *       and role per service;</li>
 *   <li>{@link energy.mwolo.embedded.SharedKafka}: a KRaft Kafka broker in this JVM;</li>
 *   <li>{@link energy.mwolo.embedded.ServiceProcess}: a service's executable jar as a child process, configured as
 *       the devstack runs it;</li>
 *   <li>{@link energy.mwolo.embedded.StackShutdown}: stops all of it in order when the JVM exits;</li>
 *   <li>{@link energy.mwolo.embedded.notifications}: where the services' mails and SMS go.</li>
 * </ul>
 *
 * <p>This package must not depend on the {@code platform} module, nor on any test library.
 */
package energy.mwolo.embedded;
