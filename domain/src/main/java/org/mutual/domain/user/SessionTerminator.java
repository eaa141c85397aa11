package org.mutual.domain.user;

/**
 * Port: ends every open session of a user, so a deactivated account is signed out everywhere at
 * once rather than when its sessions time out. Implemented by the auth module.
 */
public interface SessionTerminator {

    void endSessionsOf(UserId user);
}
