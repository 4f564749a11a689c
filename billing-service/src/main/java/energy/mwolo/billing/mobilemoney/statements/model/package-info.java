/** The comparison of a statement with our credits, free of any framework. */
package energy.mwolo.billing.mobilemoney.statements.model;
