/**
 * The little every feature shares and that belongs to none: ids of crm's records and of users, enum codes, the
 * business zone, field and transition errors, list ordering. Depends on no feature.
 */
package energy.mwolo.operations.kernel;
