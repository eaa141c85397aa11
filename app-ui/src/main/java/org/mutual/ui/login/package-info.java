/**
 * Signing in and out: the local login page, the page where a new account's password is set from a
 * one-time link, and single sign-on's signed-out and sign-in-refused pages.
 */
package org.mutual.ui.login;
