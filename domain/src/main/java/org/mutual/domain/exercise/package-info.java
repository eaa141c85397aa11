/**
 * The exercise library: the eight built-in practices and therapists' custom exercises, each with a
 * goal, facilitation steps, prompts, a time box, a homework variant and the fields a therapist
 * records live when the group does it. A custom exercise's fields are frozen once records use them.
 */
package org.mutual.domain.exercise;
