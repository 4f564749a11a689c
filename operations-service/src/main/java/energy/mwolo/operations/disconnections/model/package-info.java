/** The disconnection policy's rules: protected sites, holds, pending payments, the cut window and blast radius. */
package energy.mwolo.operations.disconnections.model;
