/** Client storage: the jOOQ implementation of the domain's client repository, with optimistic locking. */
package org.mutual.persistence.client;
