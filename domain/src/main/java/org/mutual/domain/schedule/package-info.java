/**
 * When and where a group meets: the weekly slot (weekday, local start time, duration, time zone)
 * and the place or video link. Shared by a group's defaults and its session series.
 */
package org.mutual.domain.schedule;
