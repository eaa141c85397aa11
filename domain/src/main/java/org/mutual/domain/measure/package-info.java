/**
 * Outcome measures for measurement-based care: the PHQ-9 and GAD-7 questionnaires, scored by their
 * published rules. A facilitator schedules one for a member or the whole group, once or every Nth
 * session; each occurrence becomes one response per member. A client fills in only their own
 * responses; facilitators read them (every read audited), see each member's trend with reliable
 * change, and are alerted at once when a PHQ-9 answer shows thoughts of self-harm.
 */
package org.mutual.domain.measure;
