/** The team page: key staff from hr's events, with staff's overrides (name shown, role, bio, photo, order, hidden). */
package energy.mwolo.cms.team;
