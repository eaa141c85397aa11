/** The exercise library: the eight built-in practices and the therapists' own exercises. */
package org.mutual.ui.exercise;
