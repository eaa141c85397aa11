/**
 * Group progress: one read model for the whole group — attendance per member over time, homework
 * completion, the latest outcome-measure scores with their reliable change, and give-and-take
 * balance from the exercise records — computed from raw data the port reads in a single query.
 */
package org.mutual.domain.progress;
