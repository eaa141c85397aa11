/**
 * Session plans and plan templates in the database. Writers that renumber a plan lock its session's
 * row first, so positions stay 1..n under concurrent edits.
 */
package org.mutual.persistence.plan;
