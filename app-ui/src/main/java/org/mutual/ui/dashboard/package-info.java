/** The therapist's start page, and the routing of each role to its own home. */
package org.mutual.ui.dashboard;
