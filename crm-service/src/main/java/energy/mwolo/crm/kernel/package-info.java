/**
 * What every CRM feature shares, and nothing else: the API codes of enums and the two errors any feature raises
 * (a field that breaks a rule, a transition a state machine refuses). Depends on no feature.
 */
package energy.mwolo.crm.kernel;
