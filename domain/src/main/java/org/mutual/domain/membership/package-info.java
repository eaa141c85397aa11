/**
 * Memberships: the periods a client spends in a group (joined and left dates, both inclusive,
 * status, focus areas), the rules that keep a client's periods apart and a group within its
 * capacity on every future day, the roster of a given day, and the waitlist for full groups.
 */
package org.mutual.domain.membership;
