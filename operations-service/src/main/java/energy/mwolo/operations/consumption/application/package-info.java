/** Computing, recording and publishing each contract's consumption per period, and showing it. */
package energy.mwolo.operations.consumption.application;
