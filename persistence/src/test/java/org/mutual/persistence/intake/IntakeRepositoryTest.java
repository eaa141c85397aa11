package org.mutual.persistence.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.mutual.domain.base.BarrierPattern;
import org.mutual.domain.base.ConcurrentEditException;
import org.mutual.domain.base.NotFoundException;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.group.GroupId;
import org.mutual.domain.intake.DayPart;
import org.mutual.domain.intake.Intake;
import org.mutual.domain.intake.IntakeForm;
import org.mutual.domain.intake.IntakeId;
import org.mutual.domain.intake.IntakeStatus;
import org.mutual.domain.intake.IntakeSummary;
import org.mutual.domain.user.UserId;
import org.mutual.persistence.support.QueryCounter;
import org.mutual.persistence.support.TestData;
import org.mutual.persistence.support.TestDatabase;

@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class IntakeRepositoryTest {

    static final Instant T1 = Instant.parse("2026-11-20T09:00:00Z");
    static final Instant T2 = Instant.parse("2026-11-21T09:00:00.123456Z");
    static final Instant T3 = Instant.parse("2026-11-22T18:30:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    @Parameter
    TestDatabase database;

    DSLContext dsl;
    JooqIntakeRepository intakes;
    TestData data;

    @BeforeEach
    void setUp() {
        dsl = database.dsl(database.create());
        intakes = new JooqIntakeRepository(dsl);
        data = new TestData(dsl);
    }

    static IntakeForm form(String preferredName, String reason, BarrierPattern... patterns) {
        return IntakeForm.of(preferredName + " Example", preferredName, preferredName.toLowerCase() + "@example.org",
                "+41 44 000 00 00", reason, Set.of(patterns), Set.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY),
                Set.of(DayPart.EVENING), true, UUID.randomUUID().toString(), TODAY);
    }

    @Test
    void a_submission_is_read_back_with_every_field() {
        IntakeForm form = form("Robin", "I want to learn to ask for help.", BarrierPattern.CARETAKING,
                BarrierPattern.INTENSITY_SEEKING);

        IntakeId id = intakes.create(form, "hash-a", T2).orElseThrow();

        Intake stored = intakes.find(id).orElseThrow();
        assertThat(stored.form()).isEqualTo(form);
        assertThat(stored.submittedAt()).isEqualTo(T2);
        assertThat(stored.status()).isEqualTo(IntakeStatus.NEW);
        assertThat(stored.version()).isZero();
        assertThat(stored.group()).isNull();
    }

    @Test
    void hostile_text_is_stored_verbatim() {
        String hostile = "<script>alert(1)</script> <img src=x onerror=alert(1)> '; DROP TABLE client; -- "
                + "🌱 Zoë רובין \u202Eevil\u202C\nnext line";
        IntakeForm form = IntakeForm.of("'; DROP TABLE client; --", "<b>Robin</b> 🌱", "robin@example.org", null,
                hostile, Set.of(), Set.of(), Set.of(), true, UUID.randomUUID().toString(), TODAY);

        IntakeId id = intakes.create(form, "hash-a", T1).orElseThrow();

        Intake stored = intakes.find(id).orElseThrow();
        assertThat(stored.form().reason()).isEqualTo(hostile);
        assertThat(stored.form().contact().legalName()).isEqualTo("'; DROP TABLE client; --");
        assertThat(stored.form().contact().preferredName()).isEqualTo("<b>Robin</b> 🌱");
        assertThat(dsl.fetchCount(org.mutual.persistence.jooq.Tables.CLIENT)).isZero();
    }

    @Test
    void the_same_form_instance_twice_is_stored_once() {
        IntakeForm form = form("Robin", "Hello");

        Optional<IntakeId> first = intakes.create(form, "hash-a", T1);
        Optional<IntakeId> second = intakes.create(form, "hash-a", T2);

        assertThat(first).isPresent();
        assertThat(second).isEmpty();
        assertThat(intakes.count(Set.of())).isEqualTo(1);
    }

    @Test
    void the_same_form_instance_sent_at_once_from_two_threads_is_stored_once() throws Exception {
        IntakeForm form = form("Robin", "Hello");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Optional<IntakeId>>> calls = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                calls.add(() -> intakes.create(form, "hash-a", T1));
            }
            List<Optional<IntakeId>> results = new ArrayList<>();
            for (Future<Optional<IntakeId>> f : pool.invokeAll(calls)) {
                results.add(f.get());
            }
            assertThat(results).filteredOn(Optional::isPresent).hasSize(1);
        } finally {
            pool.shutdown();
        }
        assertThat(intakes.count(Set.of())).isEqualTo(1);
    }

    @Test
    void submissions_are_counted_per_hashed_address_since_a_moment() {
        intakes.create(form("Ana", "a"), "hash-a", T1);
        intakes.create(form("Ben", "b"), "hash-a", T2);
        intakes.create(form("Cai", "c"), "hash-a", T3);
        intakes.create(form("Dee", "d"), "hash-b", T3);

        assertThat(intakes.countFrom("hash-a", T2)).isEqualTo(2);
        assertThat(intakes.countFrom("hash-a", T1)).isEqualTo(3);
        assertThat(intakes.countFrom("hash-b", T1)).isEqualTo(1);
        assertThat(intakes.countFrom("hash-c", T1)).isZero();
    }

    @Test
    void the_queue_is_newest_first_filtered_by_status_in_one_query() {
        IntakeId ana = intakes.create(form("Ana", "a", BarrierPattern.CARETAKING), "h", T1).orElseThrow();
        IntakeId ben = intakes.create(form("Ben", "b", BarrierPattern.SELF_SUFFICIENCY), "h", T2).orElseThrow();
        IntakeId cai = intakes.create(form("Cai", "c"), "h", T3).orElseThrow();
        UserId tessa = data.therapist("tessa");
        Intake benStored = intakes.find(ben).orElseThrow();
        intakes.update(benStored.declined("Not a fit", tessa, T3), benStored.version());

        QueryCounter counter = new QueryCounter();
        JooqIntakeRepository counted = new JooqIntakeRepository(counter.counting(dsl));
        List<IntakeSummary> all = counted.queue(Set.of(), 0, 10);
        assertThat(counter.count()).isEqualTo(1);

        assertThat(all).extracting(IntakeSummary::id).containsExactly(cai, ben, ana);
        assertThat(all.get(2).patterns()).containsExactly(BarrierPattern.CARETAKING);
        assertThat(all.get(2).preferredName()).isEqualTo("Ana");
        assertThat(intakes.queue(Set.of(IntakeStatus.NEW), 0, 10)).extracting(IntakeSummary::id)
                .containsExactly(cai, ana);
        assertThat(intakes.queue(Set.of(IntakeStatus.NEW), 1, 10)).extracting(IntakeSummary::id).containsExactly(ana);
        assertThat(intakes.queue(Set.of(IntakeStatus.DECLINED), 0, 10)).extracting(IntakeSummary::id)
                .containsExactly(ben);
        assertThat(intakes.count(Set.of(IntakeStatus.NEW))).isEqualTo(2);
        assertThat(intakes.count(Set.of(IntakeStatus.NEW, IntakeStatus.DECLINED))).isEqualTo(3);
    }

    @Test
    void an_update_with_a_stale_version_changes_nothing() {
        IntakeId id = intakes.create(form("Robin", "Hello"), "h", T1).orElseThrow();
        UserId tessa = data.therapist("tessa");
        UserId sam = data.therapist("sam");
        GroupId tuesday = data.group("Tuesday evening", tessa);
        ClientId robin = data.client("Robin");
        Intake read = intakes.find(id).orElseThrow();

        intakes.update(read.invited(tuesday, robin, tessa, T2), read.version());

        assertThatThrownBy(() -> intakes.update(read.declined("Too late", sam, T3), read.version()))
                .isInstanceOf(ConcurrentEditException.class);
        Intake stored = intakes.find(id).orElseThrow();
        assertThat(stored.status()).isEqualTo(IntakeStatus.INVITED);
        assertThat(stored.group()).isEqualTo(tuesday);
        assertThat(stored.client()).isEqualTo(robin);
        assertThat(stored.decidedBy()).isEqualTo(tessa);
        assertThat(stored.decidedAt()).isEqualTo(T2);
        assertThat(stored.version()).isEqualTo(1);
        assertThatThrownBy(() -> intakes.update(new Intake(new IntakeId(999), read.form(), T1, IntakeStatus.NEW,
                null, null, null, null, null, 0).inReview(tessa, T2), 0)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void the_salt_is_created_once_and_then_shared() {
        String first = intakes.addressSalt(() -> "salt-one");
        String second = new JooqIntakeRepository(dsl).addressSalt(() -> "salt-two");

        assertThat(first).isEqualTo("salt-one");
        assertThat(second).isEqualTo("salt-one");
    }

    @Test
    void the_submission_lock_holds_a_second_transaction_until_the_first_ends() throws Exception {
        intakes.addressSalt(() -> "salt");
        java.util.concurrent.CountDownLatch locked = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> first = pool.submit(() -> dsl.transaction(c -> {
                new JooqIntakeRepository(c.dsl()).lockSubmissions();
                locked.countDown();
                release.await();
            }));
            locked.await();
            long[] acquiredAt = new long[1];
            Future<?> second = pool.submit(() -> dsl.transaction(c -> {
                new JooqIntakeRepository(c.dsl()).lockSubmissions();
                acquiredAt[0] = System.nanoTime();
            }));
            Thread.sleep(500);
            assertThat(second.isDone()).as("the second waits for the lock").isFalse();
            long releasedAt = System.nanoTime();
            release.countDown();
            first.get();
            second.get();
            assertThat(acquiredAt[0]).isGreaterThan(releasedAt);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void the_database_refuses_a_declined_row_without_a_reason() {
        IntakeId id = intakes.create(form("Robin", "Hello"), "h", T1).orElseThrow();

        assertThatThrownBy(() -> dsl.update(org.mutual.persistence.jooq.Tables.INTAKE)
                .set(org.mutual.persistence.jooq.Tables.INTAKE.STATUS, "DECLINED")
                .where(org.mutual.persistence.jooq.Tables.INTAKE.ID.eq(id.value())).execute())
                .isInstanceOf(org.jooq.exception.DataAccessException.class);
    }
}
