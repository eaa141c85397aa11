/** The local login page, and the page where a new account's password is set from a one-time link. */
package org.mutual.ui.login;
