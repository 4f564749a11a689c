/** Who may read and change which tickets: clients their own, support staff all, operations its agency's outages. */
package energy.mwolo.support.access;
