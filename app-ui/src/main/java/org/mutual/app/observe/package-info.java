/**
 * What an operator watches: the health of Mutual's parts (database, mail server, Keycloak), metrics
 * for Prometheus (requests, the connection pool, open Vaadin sessions and UIs) and a start-up line
 * saying which database, login and mail server this instance uses. None of it names a person.
 */
package org.mutual.app.observe;
