/**
 * The signed-in user as the domain sees it: {@link org.mutual.auth.current.MutualPrincipal} is what
 * Spring Security holds, {@link org.mutual.auth.current.SpringCurrentUser} hands it to the domain.
 */
package org.mutual.auth.current;
