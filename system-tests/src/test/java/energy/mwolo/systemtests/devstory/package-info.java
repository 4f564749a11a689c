/** The dev profile's story, walked as the people who sign in with the dev accounts meet it. */
package energy.mwolo.systemtests.devstory;
