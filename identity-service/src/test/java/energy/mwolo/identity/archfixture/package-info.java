/** Classes that break the architecture rules on purpose, to show the rules catch them. */
package energy.mwolo.identity.archfixture;
