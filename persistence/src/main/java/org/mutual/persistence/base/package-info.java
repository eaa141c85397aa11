/**
 * Shared persistence plumbing: the Spring-backed transaction port and the jOOQ configuration.
 */
package org.mutual.persistence.base;
