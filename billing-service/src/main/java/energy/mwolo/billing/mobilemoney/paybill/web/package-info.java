/** {@code /api/billing/mobile-money/unmatched/}: the parked paybill payments and their assignment. */
package energy.mwolo.billing.mobilemoney.paybill.web;
