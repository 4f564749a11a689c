/** The life of signing keys: published ahead, signing, retired but still verifying, then gone. */
package energy.mwolo.identity.tokens.model;
