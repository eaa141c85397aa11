/**
 * Practice administration: the admin's overview with the audit log, and the staff accounts at
 * {@code /admin/users} with their create dialog and one-time set-password links.
 */
package org.mutual.ui.admin;
