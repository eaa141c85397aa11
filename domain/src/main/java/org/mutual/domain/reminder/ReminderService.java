package org.mutual.domain.reminder;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mutual.domain.audit.Audit;
import org.mutual.domain.base.AccessDeniedException;
import org.mutual.domain.base.Transactions;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.group.GroupAccess;
import org.mutual.domain.homework.ClientAccounts;
import org.mutual.domain.membership.MembershipPeriod;
import org.mutual.domain.membership.MembershipRepository;
import org.mutual.domain.user.AppUser;
import org.mutual.domain.user.CurrentUser;
import org.mutual.domain.user.Role;

/**
 * Sends the reminders that are due, each once, and keeps each client's choice to receive them. A
 * client changes their own choice; a therapist of one of their groups, or an admin, may change it
 * for them (a client who asked on the phone). Every change is audited.
 */
public final class ReminderService {

    static final String RECORD = "client";

    private final ReminderRepository reminders;
    private final ReminderSender sender;
    private final ClientAccounts clientAccounts;
    private final MembershipRepository memberships;
    private final GroupAccess access;
    private final CurrentUser currentUser;
    private final Audit audit;
    private final Transactions tx;
    private final Clock clock;
    private final ReminderPlan plan;

    public ReminderService(ReminderRepository reminders, ReminderSender sender, ClientAccounts clientAccounts,
                           MembershipRepository memberships, GroupAccess access, CurrentUser currentUser,
                           Audit audit, Transactions tx, Clock clock, ReminderPlan plan) {
        this.reminders = reminders;
        this.sender = sender;
        this.clientAccounts = clientAccounts;
        this.memberships = memberships;
        this.access = access;
        this.currentUser = currentUser;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
        this.plan = plan;
    }

    /**
     * Sends every reminder due now that has not gone out yet; a background job, run by no one in
     * particular. Three reads find what is due, then each reminder is claimed in the record of sent
     * reminders before it is sent — a claim another run already holds means it is skipped — and
     * given back if sending fails. Nothing happens without a way to deliver.
     */
    public ReminderRun sendDue() {
        if (!sender.available()) {
            return ReminderRun.NOTHING;
        }
        Instant now = clock.instant();
        Optional<ReminderPlan.Day> day = plan.day(now);
        if (day.isEmpty()) {
            return ReminderRun.NOTHING;
        }
        int sent = 0;
        int alreadySent = 0;
        int failed = 0;
        for (Reminder reminder : due(day.get())) {
            if (!reminders.claim(reminder.key(), now)) {
                alreadySent++;
                continue;
            }
            try {
                sender.send(reminder);
                sent++;
            } catch (RuntimeException undelivered) {
                reminders.release(reminder.key());
                failed++;
            }
        }
        return new ReminderRun(sent, alreadySent, failed);
    }

    private List<Reminder> due(ReminderPlan.Day day) {
        List<Reminder> due = new ArrayList<>();
        due.addAll(plan.sessionReminders(day, reminders.sessionSeats(day.tomorrowFrom(), day.tomorrowTo())));
        due.addAll(plan.homeworkReminders(day, reminders.openHomework(day.today(), day.today().plusDays(1),
                day.today())));
        due.addAll(plan.digests(day, reminders.therapistWork(day.notesBefore())));
        return due;
    }

    /** Whether the client gets e-mail reminders; for a therapist of one of their groups or an admin. */
    public boolean emailReminders(ClientId client) {
        requireStaffOf(client, "client.reminders.read");
        return reminders.remindersOn(client);
    }

    /** Turns the client's e-mail reminders on or off; for a therapist of one of their groups or an admin. */
    public void setEmailReminders(ClientId client, boolean on) {
        requireStaffOf(client, "client.reminders.change");
        change(client, on);
    }

    /** Whether the signed-in client gets e-mail reminders; false for anyone who is not a client. */
    public boolean myEmailReminders() {
        return myClient().map(reminders::remindersOn).orElse(false);
    }

    /** The signed-in client turns their e-mail reminders on or off. */
    public void setMyEmailReminders(boolean on) {
        ClientId client = myClient().orElseThrow(() -> {
            audit.denied("client.reminders.change", RECORD, "self");
            return new AccessDeniedException(RECORD, "self");
        });
        change(client, on);
    }

    private void change(ClientId client, boolean on) {
        tx.run(() -> {
            reminders.setRemindersOn(client, on);
            audit.allowed(on ? "client.reminders.on" : "client.reminders.off", RECORD, client);
        });
    }

    private Optional<ClientId> myClient() {
        AppUser user = currentUser.require();
        return user.is(Role.CLIENT) ? clientAccounts.clientOf(user.id()) : Optional.empty();
    }

    private void requireStaffOf(ClientId client, String action) {
        currentUser.require();
        if (!access.isStaffOf(memberships.periodsOfClient(client).stream().map(MembershipPeriod::group).toList())) {
            audit.denied(action, RECORD, client);
            throw new AccessDeniedException(RECORD, client);
        }
    }
}
