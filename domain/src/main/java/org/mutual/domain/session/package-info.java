/**
 * Sessions: single meetings of a group with their place and status, weekly series generated from a
 * slot in the group's time zone (wall-clock time kept across daylight-saving changes), the rules for
 * cancelling, moving and holding one session, rescheduling the rest of a series, and the storage port.
 */
package org.mutual.domain.session;
