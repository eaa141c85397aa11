/**
 * A therapist's agenda: a session of a group they facilitate, with its group and the size of its
 * roster on that day (read with the rest of the dashboard, see {@code org.mutual.domain.dashboard}).
 */
package org.mutual.domain.agenda;
