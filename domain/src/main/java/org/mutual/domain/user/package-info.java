/**
 * Accounts and roles: who is using Mutual, the {@link org.mutual.domain.user.CurrentUser} port that
 * the auth module implements, and the account repository port.
 */
package org.mutual.domain.user;
