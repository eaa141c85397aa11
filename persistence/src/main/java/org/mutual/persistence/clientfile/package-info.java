/**
 * The client file's read: the client, their membership periods with group names and their groups'
 * held sessions with the client's marks, in one statement with a MULTISET per list, so a client in many
 * groups with a long history costs the same one query as a new one.
 */
package org.mutual.persistence.clientfile;
