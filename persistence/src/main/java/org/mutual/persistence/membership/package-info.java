/**
 * Membership storage: periods with their focus areas, the group lock that serialises admissions, and
 * the waitlists of full groups.
 */
package org.mutual.persistence.membership;
