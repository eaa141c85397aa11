/**
 * Reminders in the database: the three reads that find what is due, the record of reminders sent
 * (whose primary key lets each go out once) and each client's choice to receive them.
 */
package org.mutual.persistence.reminder;
