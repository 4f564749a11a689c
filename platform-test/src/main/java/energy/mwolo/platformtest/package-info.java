/**
 * Spring test support shared by every service, over the real servers of {@code embedded-infra}.
 *
 * <ul>
 *   <li>{@link energy.mwolo.platformtest.PlatformTestContextCustomizerFactory}: wires every Spring test context to
 *       the JVM's {@link energy.mwolo.embedded.SharedPostgres} and {@link energy.mwolo.embedded.SharedKafka}, and
 *       to the test token issuer, with no code in the test;</li>
 *   <li>{@link energy.mwolo.platformtest.TestTokens}: RS256 access tokens shaped like identity-service's;</li>
 *   <li>{@link energy.mwolo.platformtest.KafkaEvents}: reads published events back for assertions;</li>
 *   <li>{@link energy.mwolo.platformtest.Api}: real HTTP calls to the service under test;</li>
 *   <li>{@code energy.mwolo.platformtest.architecture}: the architecture rules every service runs.</li>
 * </ul>
 *
 * <p>This package must not depend on the {@code platform} module: it tests it.
 */
package energy.mwolo.platformtest;
