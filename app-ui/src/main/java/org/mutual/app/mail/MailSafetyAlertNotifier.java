package org.mutual.app.mail;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.mutual.domain.group.Facilitator;
import org.mutual.domain.group.GroupRepository;
import org.mutual.domain.measure.SafetyAlert;
import org.mutual.domain.measure.SafetyAlertNotifier;
import org.mutual.domain.user.Account;
import org.mutual.domain.user.AccountRepository;
import org.mutual.domain.user.Language;
import org.mutual.domain.user.UserLanguages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells a group's facilitators by e-mail that a safety alert waits on their dashboard — without the
 * client's name or answers, which only Mutual shows, to those allowed. Without a mail server it only
 * logs that an alert exists (never whose or what); the dashboard banner appears either way.
 */
public class MailSafetyAlertNotifier implements SafetyAlertNotifier {

    private static final Logger LOG = LoggerFactory.getLogger(MailSafetyAlertNotifier.class);

    private final OutgoingMail mail;
    private final GroupRepository groups;
    private final AccountRepository accounts;

    private final UserLanguages languages;

    public MailSafetyAlertNotifier(OutgoingMail mail, GroupRepository groups, AccountRepository accounts,
                                   UserLanguages languages) {
        this.mail = mail;
        this.groups = groups;
        this.accounts = accounts;
        this.languages = languages;
    }

    @Override
    public void alertRaised(SafetyAlert alert) {
        if (!mail.configured()) {
            LOG.info("Safety alert {} raised for group {}; shown on its facilitators' dashboard (no mail server)",
                    alert.id(), alert.group());
            return;
        }
        // Each facilitator reads the alert in the language they chose for Mutual.
        Map<Language, List<String>> to = groups.facilitators(alert.group()).stream()
                .map(Facilitator::user)
                .map(accounts::findById)
                .flatMap(Optional::stream)
                .filter(Account::active)
                .filter(a -> a.email() != null)
                .collect(Collectors.groupingBy(a -> languages.find(a.id()).orElse(Language.ENGLISH),
                        () -> new EnumMap<>(Language.class), Collectors.mapping(Account::email, Collectors.toList())));
        to.forEach((language, addresses) -> mail.send(addresses, Locale.of(language.tag()), "mail.safety-alert.subject",
                "mail.safety-alert.body", mail.link("/")));
        LOG.info("Safety alert {} mailed to {} facilitator(s) of group {}", alert.id(), to.values().stream().mapToInt(List::size).sum(), alert.group());
    }
}
