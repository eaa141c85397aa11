/**
 * Open sessions: ending every session of a user at once (used when an admin deactivates an
 * account), on the session registry the security configuration keeps.
 */
package org.mutual.auth.session;
