/**
 * Account storage: the jOOQ implementations of the domain's account repository (with the admin's
 * account list) and of the one-time link repository.
 */
package org.mutual.persistence.user;
