/** HTTP API of registration: /api/auth/register/, /api/auth/register/confirm/, /api/auth/register/resend/ (public). */
package energy.mwolo.identity.registration.web;
