/** The key secrets are kept under at rest (AES-256-GCM) and the keyed fingerprints stored instead of typed text. */
package energy.mwolo.identity.secrets;
