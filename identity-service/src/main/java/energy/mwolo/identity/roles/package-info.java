/** Roles and the role-to-permission matrix (module:action): seeded as data, edited by super administrators. */
package energy.mwolo.identity.roles;
