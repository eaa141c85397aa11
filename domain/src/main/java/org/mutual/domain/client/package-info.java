/**
 * Clients: the people who take part in groups, with their contact details as a validated draft, the
 * optional link to their login account, and the repository port. Which groups a client belongs to is
 * the membership package's business.
 */
package org.mutual.domain.client;
