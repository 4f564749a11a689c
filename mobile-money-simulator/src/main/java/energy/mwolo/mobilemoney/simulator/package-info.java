/**
 * The mobile-money providers billing talks to, simulated on loopback in their real formats and scriptable over HTTP
 * ({@code /control}) or from Java ({@link energy.mwolo.mobilemoney.simulator.MobileMoneySimulator}).
 */
package energy.mwolo.mobilemoney.simulator;
