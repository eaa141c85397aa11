/** One session: when and where, cancelling or moving it, and taking attendance with one tap per member. */
package org.mutual.ui.session;
