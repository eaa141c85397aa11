/** Practice administration: the admin's overview and the audit log. */
package org.mutual.ui.admin;
