/**
 * Private calendar feeds: a client or therapist creates a secret link their calendar app subscribes
 * to, and can replace it or turn it off. Only the secret's hash is stored. The feed lists the sessions
 * of the groups a client belonged to on each session's day, or of the groups a therapist
 * facilitates, within a bounded window: times, group name, place or video link, status and a
 * revision that rises with every change. Never other members' names, never notes.
 */
package org.mutual.domain.calendar;
