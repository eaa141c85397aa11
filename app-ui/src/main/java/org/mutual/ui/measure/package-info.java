/**
 * Outcome measures on screen: the client's questionnaires under {@code /my/measures}, the
 * facilitators' scheduling dialog, the safety-alert banner for the dashboard and a member's trend
 * chart (SVG drawn on the server) for the client page.
 */
package org.mutual.ui.measure;
