package org.mutual.app;

import java.util.List;
import org.mutual.domain.group.GroupDraft;
import org.mutual.domain.group.GroupRepository;
import org.mutual.domain.user.AccountRepository;
import org.mutual.domain.user.NewAccount;
import org.mutual.domain.user.Role;
import org.mutual.domain.user.UserId;
import org.mutual.domain.base.Transactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Seeds a small demo practice on first start so Mutual can be tried at once. It never touches a
 * database that already has accounts, and {@code mutual.demo-data.enabled=false} switches it off.
 */
@Component
@ConditionalOnProperty(name = "mutual.demo-data.enabled", havingValue = "true", matchIfMissing = true)
public class DemoData implements ApplicationRunner {

    /** The password of every demo account (documented in the README). */
    public static final String PASSWORD = "mutual-demo";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final AccountRepository accounts;
    private final GroupRepository groups;
    private final PasswordEncoder passwordEncoder;
    private final Transactions tx;

    public DemoData(AccountRepository accounts, GroupRepository groups, PasswordEncoder passwordEncoder,
                    Transactions tx) {
        this.accounts = accounts;
        this.groups = groups;
        this.passwordEncoder = passwordEncoder;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        tx.run(() -> {
            if (accounts.count() > 0) {
                log.info("Demo data skipped: the database already has accounts");
                return;
            }
            seed();
            log.info("Demo practice created (accounts admin, therapist, cotherapist, client, client2)");
        });
    }

    private void seed() {
        String hash = passwordEncoder.encode(PASSWORD);
        account("admin", "Avery Admin", Role.ADMIN, hash);
        UserId therapist = account("therapist", "Dr. Tessa Moreno", Role.THERAPIST, hash);
        account("cotherapist", "Sam Okafor", Role.THERAPIST, hash);
        for (String[] client : List.of(new String[] {"client", "Casey Rivera"}, new String[] {"client2", "Jordan Lee"})) {
            account(client[0], client[1], Role.CLIENT, hash);
        }
        groups.create(GroupDraft.of("Tuesday evening group", "Building mutual relationships",
                "A weekly group practising give-and-take, matching self-disclosure and asking for help.", 8), therapist);
        groups.create(GroupDraft.of("Thursday morning group", "Assertiveness and clear intentions",
                "Practising asking for what you want and naming expectations out loud.", 10), therapist);
    }

    private UserId account(String username, String name, Role role, String hash) {
        return accounts.create(NewAccount.of(username, name, username + "@demo.mutual.example", role, hash));
    }
}
