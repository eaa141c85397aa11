/** A client's file: details, membership history across groups and attendance history. */
package org.mutual.ui.client;
