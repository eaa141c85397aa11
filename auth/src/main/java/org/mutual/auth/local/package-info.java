/**
 * Local login: accounts and BCrypt password hashes in Mutual's own database, with a temporary
 * lock after repeated failures.
 */
package org.mutual.auth.local;
