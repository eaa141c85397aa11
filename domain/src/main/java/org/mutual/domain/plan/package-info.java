/**
 * Session plans: the ordered exercises of one session with their time boxes, whether they fit the
 * session, copying the previous session's plan, and a therapist's reusable plan templates.
 */
package org.mutual.domain.plan;
