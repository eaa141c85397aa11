/**
 * Staff accounts as an admin manages them: creating therapist and admin accounts with one-time
 * set-password links, deactivating and reactivating them, and using a link to set the password.
 * It builds on the account ports in {@code user} and writes to the audit trail; it is its own
 * package because the audit trail itself depends on {@code user}.
 */
package org.mutual.domain.staff;
