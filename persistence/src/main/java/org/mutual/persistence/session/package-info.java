/**
 * Session storage: weekly series with their wall-clock slot, the sessions generated from them or
 * planned alone, and the facilitator's calendar query for the dashboard.
 */
package org.mutual.persistence.session;
