/** Use cases of the collection loop: following billing's reports, re-examining waiting cuts, holds by OPERATIONS. */
package energy.mwolo.operations.disconnections.application;
