/** Use cases of mobile-money collection: requesting, receiving callbacks, reconciling, crediting once. */
package energy.mwolo.billing.mobilemoney.application;
