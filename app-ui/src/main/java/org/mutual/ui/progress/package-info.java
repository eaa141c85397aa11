/**
 * The group progress page ({@code /groups/{id}/progress}): the group's figures and one row per
 * current member, with small attendance strips and sparklines drawn as SVG on the server.
 */
package org.mutual.ui.progress;
