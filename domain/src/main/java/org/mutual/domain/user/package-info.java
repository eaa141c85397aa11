/**
 * Accounts and roles: who is using Mutual, the {@link org.mutual.domain.user.CurrentUser} port that
 * the auth module implements, the account repository port with the admin's account list, one-time
 * set-password links and the password rules, and the ports for hashing passwords and ending a
 * user's sessions. {@link org.mutual.domain.user.IdentityProvisioning} says where passwords live
 * (Mutual's database or the single sign-on identity provider), and
 * {@link org.mutual.domain.user.AccountLinks} links accounts to the identity provider's subject.
 */
package org.mutual.domain.user;
