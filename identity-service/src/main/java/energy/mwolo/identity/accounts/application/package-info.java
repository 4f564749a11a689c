/** Account use cases: self-registration, administration (create, revise, role, status) and browsing. */
package energy.mwolo.identity.accounts.application;
