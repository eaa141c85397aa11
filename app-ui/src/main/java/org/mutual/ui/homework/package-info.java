/**
 * Homework for therapists: assigning it to a member or the whole group, the group's homework board,
 * reviewing a reflection, and the practice's resource library. Also the pieces the client portal
 * shares: status badges, prompt answers and attachment links.
 */
package org.mutual.ui.homework;
