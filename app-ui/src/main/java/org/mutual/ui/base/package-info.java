/**
 * What every screen shares: the app shell and main layout, the access-denied and error pages, and
 * the one place where failures become messages for the user.
 */
package org.mutual.ui.base;
