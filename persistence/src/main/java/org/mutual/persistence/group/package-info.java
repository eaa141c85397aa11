/** Group storage: the jOOQ implementation of the domain's group repository and its list query. */
package org.mutual.persistence.group;
