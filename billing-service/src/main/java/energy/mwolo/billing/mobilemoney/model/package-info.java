/**
 * Payment requests, numbers and operators, callback signatures: the rules of mobile-money collection, without
 * frameworks.
 */
package energy.mwolo.billing.mobilemoney.model;
