/** The local login page. */
package org.mutual.ui.login;
