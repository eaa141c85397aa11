/** The client portal under {@code /my}: a client's own homework, sessions and measures. */
package org.mutual.ui.my;
