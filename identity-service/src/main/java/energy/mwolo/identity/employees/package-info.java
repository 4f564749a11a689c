/** hr-service's employee events, which tie accounts to employees. */
package energy.mwolo.identity.employees;
