/** End-to-end scenarios over the real service jars: the fixture that runs them and the jars Maven resolved. */
package energy.mwolo.systemtests;
