package org.mutual.app.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mutual.app.TestUsers;
import org.mutual.domain.base.BarrierPattern;
import org.mutual.domain.group.GroupId;
import org.mutual.domain.group.GroupService;
import org.mutual.domain.intake.DayPart;
import org.mutual.domain.intake.IntakeForm;
import org.mutual.domain.intake.IntakeId;
import org.mutual.domain.intake.IntakeService;
import org.mutual.domain.intake.Invitation;
import org.mutual.domain.staff.AccountService;
import org.mutual.domain.user.AccountRepository;
import org.mutual.domain.user.SetPasswordLink;
import org.springframework.beans.factory.annotation.Autowired;

/** With a mail server configured, an invited person gets their set-password link by e-mail, and it works. */
class InvitationMailTest extends MailingAppTest {

    @Autowired IntakeService intakes;
    @Autowired InvitationMail invitationMail;
    @Autowired AccountService accountService;
    @Autowired AccountRepository accounts;
    @Autowired GroupService groups;
    @Autowired DSLContext dsl;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void the_invited_person_receives_a_working_one_time_link() throws Exception {
        IntakeForm form = IntakeForm.of("Mira Example", "Mira", "mira@example.org", null, "Hello",
                Set.of(BarrierPattern.CARETAKING), Set.of(DayOfWeek.TUESDAY), Set.of(DayPart.EVENING), true,
                UUID.randomUUID().toString(), LocalDate.now());
        intakes.submit(form, "198.51.100.77", "");
        IntakeId id = new IntakeId(dsl.select(DSL.field("id", Long.class)).from(DSL.table("intake"))
                .where(DSL.field("idempotency_key").eq(form.idempotencyKey())).fetchSingle().value1());
        TestUsers.signIn(accounts, "therapist");
        GroupId tuesday = groups.list("Tuesday evening group", null, 0, 1).getFirst().id();
        Invitation invitation = intakes.invite(id, tuesday, LocalDate.now(), "mira", intakes.read(id).version());
        SetPasswordLink link = (SetPasswordLink) invitation.passwordSetup();
        String url = PUBLIC_URL + "/set-password/" + link.token();
        int before = SMTP.getReceivedMessages().length;

        assertThat(invitationMail.send("mira@example.org", "Mira", link, url, "Sun 29 Nov 2026, 10:00",
                java.util.Locale.ENGLISH)).isTrue();

        assertThat(SMTP.waitForIncomingEmail(10_000, before + 1)).isTrue();
        MimeMessage mail = SMTP.getReceivedMessages()[before];
        assertThat(Arrays.stream(mail.getAllRecipients()).map(Object::toString)).containsExactly("mira@example.org");
        assertThat(mail.getSubject()).isEqualTo("Your place in a group at the practice");
        String body = com.icegreen.greenmail.util.GreenMailUtil.getBody(mail);
        assertThat(body).contains("Hello Mira").contains("Your username is mira").contains(url)
                .contains("until Sun 29 Nov 2026, 10:00");
        TestUsers.signOut();
        assertThat(accountService.checkSetPasswordLink(link.token())).isEqualTo("mira");

        // Invited from a screen in Spanish, the mail is in Spanish.
        assertThat(invitationMail.send("mira@example.org", "Mira", link, url, "dom 29 nov 2026, 10:00",
                java.util.Locale.of("es"))).isTrue();
        assertThat(SMTP.waitForIncomingEmail(10_000, before + 2)).isTrue();
        MimeMessage spanish = SMTP.getReceivedMessages()[before + 1];
        assertThat(spanish.getSubject()).isEqualTo("Su plaza en un grupo de la consulta");
        assertThat((String) spanish.getContent()).contains("Hola, Mira")
                .contains("Su nombre de usuario es mira").contains("hasta el dom 29 nov 2026, 10:00");
    }
}
