/**
 * Membership storage: periods with their focus areas, the group lock that serialises admissions, and
 * the waitlists of full groups, and the group page's read of all of them at once.
 */
package org.mutual.persistence.membership;
