/**
 * Attendance: a mark per member per held session (present, late, excused, absent), the port that
 * stores it, and attendance rates per member and per group computed against the roster each
 * session had, so members who joined late or left early are only counted for their own sessions.
 */
package org.mutual.domain.attendance;
