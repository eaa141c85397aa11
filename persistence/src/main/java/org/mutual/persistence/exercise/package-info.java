/**
 * The exercise library in the database: exercises with their patterns, recording fields and choices,
 * read with nested MULTISETs so a page of the library costs one query, and the idempotent seeding of
 * the built-in practices.
 */
package org.mutual.persistence.exercise;
