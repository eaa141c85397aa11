/**
 * E-mail from Mutual, when the operator configured a mail server ({@code SPRING_MAIL_HOST}); without
 * one, nothing is sent and the screens are where people find what needs them. Mails carry no
 * clinical content and no client names: they point the reader to Mutual, where access is checked.
 */
package org.mutual.app.mail;
