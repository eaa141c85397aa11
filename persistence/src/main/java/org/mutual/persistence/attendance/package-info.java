/** Attendance storage: one mark per member and session, set by an idempotent upsert, and a group's marks. */
package org.mutual.persistence.attendance;
