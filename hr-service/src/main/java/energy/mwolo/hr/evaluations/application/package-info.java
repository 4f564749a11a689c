/** Use cases on evaluations, one transaction each, with who may do what. */
package energy.mwolo.hr.evaluations.application;
