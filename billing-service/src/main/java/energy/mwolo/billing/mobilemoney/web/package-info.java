/** HTTP of mobile-money collection: payment requests for customers and accountants, providers' public webhooks. */
package energy.mwolo.billing.mobilemoney.web;
