/**
 * The frame around every screen: the app shell (theme, viewport), the main layout with its
 * role-specific navigation, and the access-denied and not-found pages shown inside it.
 */
package org.mutual.ui.shell;
