/** Groups: the list at {@code /groups} and the form that creates a group. */
package org.mutual.ui.group;
