package org.mutual.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mutual.domain.audit.AuditEntry;
import org.mutual.domain.audit.AuditOutcome;
import org.mutual.domain.audit.AuditRepository;
import org.mutual.domain.base.AccessDeniedException;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.client.ClientRepository;
import org.mutual.domain.group.GroupId;
import org.mutual.domain.group.GroupService;
import org.mutual.domain.measure.Band;
import org.mutual.domain.measure.Cadence;
import org.mutual.domain.measure.Instrument;
import org.mutual.domain.measure.MeasureResponse;
import org.mutual.domain.measure.MeasureService;
import org.mutual.domain.measure.SafetyAlert;
import org.mutual.domain.measure.ScheduleId;
import org.mutual.domain.membership.MembershipPeriod;
import org.mutual.domain.membership.MembershipRepository;
import org.mutual.domain.schedule.PracticeZone;
import org.mutual.domain.user.AccountRepository;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Outcome measures in the running application with the demo practice: Casey ({@code client}) in
 * the Tuesday evening group led by {@code therapist}, Jordan ({@code client2}) in the same group.
 * A PHQ-9 with thoughts of self-harm alerts the facilitator, whose acknowledgement is audited; one
 * client can't open another's questionnaire; an admin reads none of it.
 */
class MeasuresAccessTest extends RunningAppTest {

    @Autowired AccountRepository accounts;
    @Autowired GroupService groups;
    @Autowired ClientRepository clients;
    @Autowired MembershipRepository memberships;
    @Autowired MeasureService measures;
    @Autowired AuditRepository audit;
    @Autowired PracticeZone zone;

    GroupId tuesday;
    ClientId casey;

    @BeforeEach
    void findCasey() {
        TestUsers.signIn(accounts, "therapist");
        tuesday = groups.list("Tuesday evening group", null, 0, 1).getFirst().id();
        casey = clients.findAll(memberships.periodsOfGroup(tuesday).stream().map(MembershipPeriod::client).toList())
                .stream().filter(c -> c.preferredName().equals("Casey")).findFirst().orElseThrow().id();
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    /** Schedules a PHQ-9 for Casey as the therapist and returns Casey's new response. */
    MeasureResponse phq9ForCasey() {
        TestUsers.signIn(accounts, "therapist");
        ScheduleId schedule = measures.schedule(tuesday, casey, Instrument.PHQ9,
                new Cadence.Once(LocalDate.now(zone.zone()).plusDays(3)));
        TestUsers.signIn(accounts, "client");
        return measures.myPending().stream().filter(r -> r.schedule().equals(schedule)).findFirst().orElseThrow();
    }

    @Test
    void caseys_item_nine_answer_alerts_the_facilitator_and_the_acknowledgement_is_audited() {
        MeasureResponse mine = phq9ForCasey();
        Map<Integer, Integer> answers = new HashMap<>();
        for (int item = 1; item <= 9; item++) {
            answers.put(item, 0);
        }
        answers.put(9, 1);

        MeasureResponse submitted = measures.submitMine(mine.id(), answers, mine.version());

        assertThat(submitted.score()).hasValueSatisfying(s -> {
            assertThat(s.total()).isEqualTo(1);
            assertThat(s.band()).isEqualTo(Band.MINIMAL);
        });
        TestUsers.signIn(accounts, "cotherapist");
        assertThat(measures.openAlerts()).noneMatch(a -> a.response().equals(mine.id()));

        TestUsers.signIn(accounts, "therapist");
        SafetyAlert alert = measures.openAlerts().stream().filter(a -> a.response().equals(mine.id()))
                .findFirst().orElseThrow();
        assertThat(alert.clientName()).isEqualTo("Casey");
        assertThat(alert.groupName()).isEqualTo("Tuesday evening group");
        assertThat(audit.latest(0, 1)).singleElement()
                .satisfies(e -> expect(e, "therapist", "measure.alert.read", AuditOutcome.ALLOWED));

        TestUsers.signIn(accounts, "cotherapist");
        assertThatThrownBy(() -> measures.acknowledge(alert.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(audit.latest(0, 1)).singleElement()
                .satisfies(e -> expect(e, "cotherapist", "measure.alert.acknowledge", AuditOutcome.DENIED));

        TestUsers.signIn(accounts, "therapist");
        measures.acknowledge(alert.id());

        assertThat(audit.latest(0, 1)).singleElement().satisfies(e -> {
            expect(e, "therapist", "measure.alert.acknowledge", AuditOutcome.ALLOWED);
            assertThat(e.recordId()).isEqualTo("alert:" + alert.id());
        });
        assertThat(measures.openAlerts()).noneMatch(a -> a.id().equals(alert.id()));
        assertThat(measures.scoresOf(casey).scores()).anyMatch(s -> s.response().equals(mine.id()));
    }

    @Test
    void jordan_cannot_open_caseys_questionnaire_and_the_attempt_is_audited() {
        MeasureResponse caseys = phq9ForCasey();
        TestUsers.signIn(accounts, "client2");
        long before = audit.count();

        assertThatThrownBy(() -> measures.myResponse(caseys.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(audit.latest(0, 1)).singleElement().satisfies(e -> {
            expect(e, "client2", "measure.read", AuditOutcome.DENIED);
            assertThat(e.recordId()).isEqualTo("response:" + caseys.id());
        });
        assertThatThrownBy(() -> measures.saveMine(caseys.id(), Map.of(1, 3), caseys.version()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(audit.latest(0, 1)).singleElement()
                .satisfies(e -> expect(e, "client2", "measure.write", AuditOutcome.DENIED));
        assertThat(audit.count()).isEqualTo(before + 2);
        assertThat(measures.myPending()).noneMatch(r -> r.id().equals(caseys.id()));

        TestUsers.signIn(accounts, "client");
        assertThat(measures.myResponse(caseys.id()).answers()).isEmpty();
    }

    @Test
    void an_admin_reads_no_responses_scores_or_alerts_and_each_refusal_is_audited() {
        MeasureResponse caseys = phq9ForCasey();
        TestUsers.signIn(accounts, "admin");

        assertThatThrownBy(() -> measures.read(caseys.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(audit.latest(0, 1)).singleElement()
                .satisfies(e -> expect(e, "admin", "measure.read", AuditOutcome.DENIED));
        assertThatThrownBy(() -> measures.scoresOf(casey)).isInstanceOf(AccessDeniedException.class);
        assertThat(audit.latest(0, 1)).singleElement()
                .satisfies(e -> expect(e, "admin", "measure.read", AuditOutcome.DENIED));
        assertThatThrownBy(() -> measures.openAlerts()).isInstanceOf(AccessDeniedException.class);
        assertThat(audit.latest(0, 1)).singleElement()
                .satisfies(e -> expect(e, "admin", "measure.alert.read", AuditOutcome.DENIED));
        assertThatThrownBy(() -> measures.myPending()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> measures.schedule(tuesday, null, Instrument.GAD7, new Cadence.EverySessions(4)))
                .isInstanceOf(AccessDeniedException.class);

        TestUsers.signIn(accounts, "therapist");
        assertThat(measures.read(caseys.id()).client()).isEqualTo(casey);
    }

    private static void expect(AuditEntry e, String actor, String action, AuditOutcome outcome) {
        assertThat(e.actorName()).isEqualTo(actor);
        assertThat(e.action()).isEqualTo(action);
        assertThat(e.outcome()).isEqualTo(outcome);
    }
}
