/**
 * The calendar feed panel a client or therapist uses to create, replace or turn off their private
 * calendar link. Not a route: pages that show a person's sessions include it.
 */
package org.mutual.ui.calendar;
