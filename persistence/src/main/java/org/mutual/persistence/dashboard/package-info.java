/**
 * The dashboard's own reads: the therapist's group count with their calendar link, and the week's
 * sessions with group names and membership periods, each in one statement.
 */
package org.mutual.persistence.dashboard;
