package energy.mwolo.geo.agencies.application;

import java.util.UUID;

/**
 * Which agencies a list shows. Null filters mean "any".
 *
 * @param active        the state asked for, if any
 * @param includeClosed whether the caller may see closed agencies at all
 * @param search        text to find, case-insensitively, in names and codes
 * @param withManagers  whether the caller may see who manages each agency (a user id of identity-service)
 */
public record AgencyQuery(UUID province, UUID territory, Boolean active, boolean includeClosed, String search,
                          AgencyOrdering ordering, boolean withManagers) {
}
