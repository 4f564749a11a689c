/** Small Spring Boot auto-configuration shared by every Mwolo service; no domain types. */
package energy.mwolo.platform;
