/** The compose stack: {@code docker-compose.yml} and {@code .env.example} generated from the code, and their checks. */
package energy.mwolo.deployment.compose;
