package org.mutual.app.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mutual.app.TestUsers;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.client.ClientRepository;
import org.mutual.domain.group.GroupId;
import org.mutual.domain.group.GroupService;
import org.mutual.domain.measure.Cadence;
import org.mutual.domain.measure.Instrument;
import org.mutual.domain.measure.MeasureResponse;
import org.mutual.domain.measure.MeasureService;
import org.mutual.domain.measure.ScheduleId;
import org.mutual.domain.membership.MembershipPeriod;
import org.mutual.domain.membership.MembershipRepository;
import org.mutual.domain.schedule.PracticeZone;
import org.mutual.domain.user.AccountRepository;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * With a mail server configured, Casey's self-harm answer on a PHQ-9 sends each of the group's
 * facilitators a notice through real SMTP — naming neither Casey nor her answers, pointing to the
 * dashboard — and the co-facilitator of another group gets nothing.
 */
class SafetyAlertMailTest extends MailingAppTest {

    @Autowired AccountRepository accounts;
    @Autowired GroupService groups;
    @Autowired ClientRepository clients;
    @Autowired MembershipRepository memberships;
    @Autowired MeasureService measures;
    @Autowired PracticeZone zone;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void the_facilitators_are_mailed_a_notice_without_the_clients_name_or_answers() throws Exception {
        TestUsers.signIn(accounts, "therapist");
        GroupId tuesday = groups.list("Tuesday evening group", null, 0, 1).getFirst().id();
        ClientId casey = clients.findAll(memberships.periodsOfGroup(tuesday).stream()
                        .map(MembershipPeriod::client).toList()).stream()
                .filter(c -> c.preferredName().equals("Casey")).findFirst().orElseThrow().id();
        ScheduleId schedule = measures.schedule(tuesday, casey, Instrument.PHQ9,
                new Cadence.Once(LocalDate.now(zone.zone()).plusDays(3)));
        TestUsers.signIn(accounts, "client");
        MeasureResponse mine = measures.myPending().stream().filter(r -> r.schedule().equals(schedule))
                .findFirst().orElseThrow();
        Map<Integer, Integer> answers = new HashMap<>();
        answers.put(9, 2);
        int before = SMTP.getReceivedMessages().length;

        measures.saveMine(mine.id(), answers, mine.version());

        List<MimeMessage> sent = Arrays.asList(SMTP.getReceivedMessages()).subList(before,
                SMTP.getReceivedMessages().length);
        assertThat(sent).hasSize(1);
        MimeMessage notice = sent.getFirst();
        assertThat(notice.getRecipients(Message.RecipientType.TO)).extracting(Object::toString)
                .containsExactly("therapist@demo.mutual.example");
        assertThat(notice.getFrom()).extracting(Object::toString).containsExactly("practice@mutual.example.org");
        assertThat(notice.getSubject()).isEqualTo("Mutual: a safety alert needs your attention");
        String body = notice.getContent().toString();
        assertThat(body).contains(PUBLIC_URL + "/").doesNotContain("Casey").doesNotContain("Rivera")
                .doesNotContain("PHQ");
    }
}
