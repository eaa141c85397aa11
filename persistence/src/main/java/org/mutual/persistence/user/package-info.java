/**
 * Account storage: the jOOQ implementations of the domain's account repository (with the admin's
 * account list), of the one-time link repository, and of the accounts' links to the identity
 * provider (single sign-on).
 */
package org.mutual.persistence.user;
