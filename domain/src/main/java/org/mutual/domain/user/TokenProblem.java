package org.mutual.domain.user;

/** Why a one-time link was refused. */
public enum TokenProblem {
    /** No such link: mistyped, cut short, or never issued. */
    UNKNOWN,
    /** The link's time ran out. */
    EXPIRED,
    /** The link was used, or a newer link for the same account replaced it. */
    USED,
    /** The account was deactivated; its links do nothing until it is reactivated. */
    ACCOUNT_INACTIVE
}
