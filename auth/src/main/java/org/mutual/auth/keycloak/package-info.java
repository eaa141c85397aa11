/**
 * Accounts at Keycloak, through its admin API with the realm's {@code mutual-provisioning} service
 * account (which may only view and manage users): creating the user of a new Mutual account with
 * its realm role, setting the password chosen through Mutual's one-time link, or having Keycloak
 * e-mail the person instead. Active only with {@code mutual.auth.mode=keycloak}.
 */
package org.mutual.auth.keycloak;
