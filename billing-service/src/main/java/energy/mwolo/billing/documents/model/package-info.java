/**
 * What a billing document shows, as plain records independent of the aggregates they come from, and the French
 * writing of numbers, amounts and dates on it. Plain Java.
 */
package energy.mwolo.billing.documents.model;
