/**
 * A client's file as a facilitator sees it: details, membership history across groups and
 * attendance history. Only therapists of a group the client belongs or belonged to, and admins,
 * may open it.
 */
package org.mutual.domain.clientfile;
