/** Account storage: the jOOQ implementation of the domain's account repository. */
package org.mutual.persistence.user;
