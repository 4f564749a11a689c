/**
 * Test and devstack support shared by every service: real infrastructure without Docker.
 *
 * <ul>
 *   <li>{@link energy.mwolo.platformtest.SharedPostgres}: one embedded PostgreSQL per JVM (logical decoding on) and
 *       a database and role per service;</li>
 *   <li>{@link energy.mwolo.platformtest.SharedKafka}: one KRaft Kafka broker per JVM;</li>
 *   <li>{@link energy.mwolo.platformtest.PlatformTestContextCustomizerFactory}: wires every Spring test context to
 *       both, and to the test token issuer, with no code in the test;</li>
 *   <li>{@link energy.mwolo.platformtest.TestTokens}: RS256 access tokens shaped like identity-service's;</li>
 *   <li>{@link energy.mwolo.platformtest.KafkaEvents}: reads published events back for assertions;</li>
 *   <li>{@link energy.mwolo.platformtest.Api}: real HTTP calls to the service under test;</li>
 *   <li>{@code energy.mwolo.platformtest.architecture}: the architecture rules every service runs;</li>
 *   <li>{@link energy.mwolo.platformtest.StackShutdown}: stops all of it in order when the JVM exits.</li>
 * </ul>
 *
 * <p>This package must not depend on the {@code platform} module: it tests it.
 */
package energy.mwolo.platformtest;
