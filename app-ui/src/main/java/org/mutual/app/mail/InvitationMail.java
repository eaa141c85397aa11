package org.mutual.app.mail;

import java.util.List;
import org.mutual.domain.user.SetPasswordLink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Component;

/**
 * E-mails a person invited from intake their one-time set-password link, when a mail server is
 * configured. When there is none, or it refuses, the caller shows the link to the therapist instead.
 */
@Component
public class InvitationMail {

    private static final Logger log = LoggerFactory.getLogger(InvitationMail.class);

    private final OutgoingMail mail;

    public InvitationMail(OutgoingMail mail) {
        this.mail = mail;
    }

    /**
     * Sends the link to {@code to}; true when the mail server took it. {@code url} is the link as
     * the person will open it, {@code expires} its expiry as the person reads it, {@code language}
     * the language of the mail.
     */
    public boolean send(String to, String preferredName, SetPasswordLink link, String url, String expires,
                        java.util.Locale language) {
        if (!mail.configured()) {
            return false;
        }
        try {
            mail.send(List.of(to), language, "intake.invite.mail.subject", "intake.invite.mail.body", preferredName,
                    link.username(), url, expires);
            return true;
        } catch (MailException refused) {
            // Never log the address or the link: the therapist gets the link to pass on instead.
            log.warn("The invitation e-mail for account {} could not be sent ({}); the link is shown instead",
                    link.account(), refused.getClass().getSimpleName());
            return false;
        }
    }
}
