/** Use cases of checkpoints: taking them when due, listing them, and offering them to verification as anchors. */
package energy.mwolo.audit.checkpoints.application;
