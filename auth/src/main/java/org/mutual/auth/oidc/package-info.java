/**
 * Single sign-on through an OpenID Connect identity provider (Keycloak): the one place that turns a
 * provider's ID token into a Mutual account. Roles come from the token's realm roles
 * ({@link org.mutual.auth.oidc.RoleClaims}); the account is found by the token's subject and never
 * by username or e-mail, or provisioned on first sign-in ({@link org.mutual.auth.oidc.OidcAccounts});
 * people without a Mutual role and deactivated accounts are refused with a page that says why
 * ({@link org.mutual.auth.oidc.SignInFailureHandler}). Active only with {@code mutual.auth.mode=keycloak}.
 */
package org.mutual.auth.oidc;
