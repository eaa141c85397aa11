/**
 * What every feature shares: the typed failures a service may raise (validation, access denied,
 * concurrent edit, not found) and the transaction port the persistence module implements.
 */
package org.mutual.domain.base;
