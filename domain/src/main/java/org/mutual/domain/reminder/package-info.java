/**
 * E-mail reminders: which are due at a given moment in the practice's time zone (a session
 * tomorrow, homework due tomorrow or today, a therapist's daily digest of work waiting), and sending
 * each one at most once per day however many instances or retries run the job. Clients may turn
 * their reminders off. Reminders carry no clinical content: times, dates and counts, and a link to
 * Mutual.
 */
package org.mutual.domain.reminder;
