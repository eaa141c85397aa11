/**
 * The signed-in user as the domain sees it: an {@link org.mutual.auth.current.AccountPrincipal} is
 * what Spring Security holds ({@link org.mutual.auth.current.MutualPrincipal} after a local login,
 * the OIDC user after single sign-on), {@link org.mutual.auth.current.SpringCurrentUser} hands its
 * account to the domain.
 */
package org.mutual.auth.current;
