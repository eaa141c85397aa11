/**
 * Therapy groups: the group itself with its rules (name, focus, capacity, status), who facilitates
 * it, the repository port and the service that enforces who may see and change which group.
 */
package org.mutual.domain.group;
