/**
 * Homework in the database: one statement stores every member's homework of a batch, a homework
 * reads back with its answers in one query, and updates are optimistic on the version column.
 */
package org.mutual.persistence.homework;
