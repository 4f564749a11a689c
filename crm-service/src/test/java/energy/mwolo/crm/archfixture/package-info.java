/** Test fixtures that violate the architecture rules on purpose, to prove the rules are not vacuous. */
package energy.mwolo.crm.archfixture;
