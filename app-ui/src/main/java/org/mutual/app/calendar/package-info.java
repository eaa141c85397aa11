/**
 * The private calendar feed over HTTP: {@code GET /calendar/{token}.ics} answers an iCalendar
 * (RFC 5545) document that calendar apps subscribe to, without a sign-in; the token in the address
 * is the only credential.
 */
package org.mutual.app.calendar;
