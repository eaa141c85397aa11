package org.mutual.domain.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mutual.domain.base.ValidationException;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.group.GroupId;
import org.mutual.domain.user.UserId;

class IntakeTest {

    static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    static final UserId TESSA = new UserId(2);
    static final GroupId TUESDAY = new GroupId(1);
    static final ClientId ROBIN = new ClientId(9);

    static Intake in(IntakeStatus status) {
        return new Intake(new IntakeId(1), IntakeFormTest.form("Robin Example", "Hello"), NOW.minusSeconds(60),
                status, null, null, null, null, null, 3);
    }

    @Test
    void a_new_request_goes_into_review_and_is_then_invited() {
        Intake reviewed = in(IntakeStatus.NEW).inReview(TESSA, NOW);
        Intake invited = reviewed.invited(TUESDAY, ROBIN, TESSA, NOW);

        assertThat(reviewed.status()).isEqualTo(IntakeStatus.IN_REVIEW);
        assertThat(invited.status()).isEqualTo(IntakeStatus.INVITED);
        assertThat(invited.group()).isEqualTo(TUESDAY);
        assertThat(invited.client()).isEqualTo(ROBIN);
        assertThat(invited.decidedBy()).isEqualTo(TESSA);
        assertThat(invited.version()).isEqualTo(3);
    }

    @Test
    void a_waitlisted_person_can_still_be_invited_or_declined() {
        Intake waiting = in(IntakeStatus.NEW).waitlisted(TUESDAY, ROBIN, TESSA, NOW);

        assertThat(waiting.invited(TUESDAY, ROBIN, TESSA, NOW).status()).isEqualTo(IntakeStatus.INVITED);
        assertThat(waiting.declined("Found another practice", TESSA, NOW).declineReason())
                .isEqualTo("Found another practice");
    }

    @ParameterizedTest
    @EnumSource(value = IntakeStatus.class, names = {"INVITED", "DECLINED"})
    void invited_and_declined_are_final(IntakeStatus status) {
        Intake done = in(status);
        assertRefused(() -> done.inReview(TESSA, NOW));
        assertRefused(() -> done.invited(TUESDAY, ROBIN, TESSA, NOW));
        assertRefused(() -> done.waitlisted(TUESDAY, ROBIN, TESSA, NOW));
        assertRefused(() -> done.declined("No", TESSA, NOW));
    }

    @Test
    void review_starts_only_once_and_the_waitlist_takes_a_person_once() {
        assertRefused(() -> in(IntakeStatus.IN_REVIEW).inReview(TESSA, NOW));
        assertRefused(() -> in(IntakeStatus.WAITLISTED).waitlisted(TUESDAY, ROBIN, TESSA, NOW));
        assertRefused(() -> in(IntakeStatus.WAITLISTED).inReview(TESSA, NOW));
    }

    @Test
    void declining_needs_a_reason_of_bounded_length() {
        assertThatThrownBy(() -> in(IntakeStatus.NEW).declined("  ", TESSA, NOW))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.byField().get("declineReason")
                        .messageKey()).isEqualTo("validation.required"));
        assertThatThrownBy(() -> in(IntakeStatus.NEW).declined("x".repeat(1001), TESSA, NOW))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.byField().get("declineReason")
                        .messageKey()).isEqualTo("validation.too-long"));
    }

    @Test
    void every_status_lists_only_forward_moves() {
        for (IntakeStatus status : IntakeStatus.values()) {
            assertThat(status.next()).doesNotContain(status, IntakeStatus.NEW);
        }
    }

    @Test
    void a_suggested_username_is_plain_lower_case() {
        assertThat(IntakeService.suggestedUsername("Zoë-Ann O'Neil")).isEqualTo("zoeannoneil");
        assertThat(IntakeService.suggestedUsername("<script>")).isEqualTo("script");
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable move) {
        assertThatThrownBy(move).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.byField().get("status").messageKey()).isEqualTo("intake.transition"));
    }
}
