/** Deliberate violations that prove the architecture rules can fail. */
package energy.mwolo.audit.archfixture;
