/**
 * Intake screens: the public form a prospective client fills in ({@code /intake}, no sign-in), the
 * therapists' queue ({@code /intakes}) and one submission with the invite, waitlist and decline
 * actions ({@code /intakes/{id}}).
 */
package org.mutual.ui.intake;
