/**
 * Helpers every screen shares: showing domain validation failures next to their fields, and the one
 * place where other failures become messages for the user.
 */
package org.mutual.ui.base;
