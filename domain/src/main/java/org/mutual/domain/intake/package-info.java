/**
 * Intake: what a prospective client sends through the public form (contact details, what brings
 * them, which barrier patterns resonate, when they could come, their consent) and how a therapist
 * works through it: review, then invite into a group (client record, membership and login in one
 * step), put on a group's waitlist, or decline with a reason. Intake text is confidential like
 * notes: only therapists and admins read it, and every read and decision is audited. The public
 * form is guarded by a honeypot, a per-address rate limit kept in the database (addresses only as
 * salted hashes) and an idempotency key per form instance.
 */
package org.mutual.domain.intake;
