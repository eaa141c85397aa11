package org.mutual.persistence.intake;

import static org.mutual.persistence.jooq.Tables.INTAKE;
import static org.mutual.persistence.jooq.Tables.INTAKE_SALT;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.mutual.domain.base.BarrierPattern;
import org.mutual.domain.base.ConcurrentEditException;
import org.mutual.domain.base.NotFoundException;
import org.mutual.domain.client.ClientDraft;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.group.GroupId;
import org.mutual.domain.intake.DayPart;
import org.mutual.domain.intake.Intake;
import org.mutual.domain.intake.IntakeForm;
import org.mutual.domain.intake.IntakeId;
import org.mutual.domain.intake.IntakeRepository;
import org.mutual.domain.intake.IntakeStatus;
import org.mutual.domain.intake.IntakeSummary;
import org.mutual.domain.user.UserId;
import org.mutual.persistence.base.Inserts;
import org.mutual.persistence.base.Timestamps;
import org.mutual.persistence.jooq.tables.records.IntakeRecord;
import org.springframework.stereotype.Repository;

@Repository
public class JooqIntakeRepository implements IntakeRepository {

    static final String RECORD_TYPE = "intake";

    private final DSLContext dsl;

    public JooqIntakeRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<IntakeId> create(IntakeForm form, String addressHash, Instant submittedAt) {
        ClientDraft contact = form.contact();
        int inserted = Inserts.ignoringDuplicate(dsl.insertInto(INTAKE)
                .set(INTAKE.IDEMPOTENCY_KEY, form.idempotencyKey())
                .set(INTAKE.LEGAL_NAME, contact.legalName())
                .set(INTAKE.PREFERRED_NAME, contact.preferredName())
                .set(INTAKE.EMAIL, contact.email())
                .set(INTAKE.PHONE, contact.phone())
                .set(INTAKE.REASON, form.reason())
                .set(INTAKE.PATTERNS, names(form.patterns()))
                .set(INTAKE.AVAILABLE_DAYS, names(form.days()))
                .set(INTAKE.DAY_PARTS, names(form.dayParts()))
                .set(INTAKE.ADDRESS_HASH, addressHash)
                .set(INTAKE.SUBMITTED_AT, Timestamps.toDb(submittedAt)));
        if (inserted == 0) {
            return Optional.empty();
        }
        return Optional.of(new IntakeId(dsl.select(INTAKE.ID).from(INTAKE)
                .where(INTAKE.IDEMPOTENCY_KEY.eq(form.idempotencyKey())).fetchSingle(INTAKE.ID)));
    }

    /** {@inheritDoc} The salt's single row is the lock: submissions are rare, so one lock for all is plenty. */
    @Override
    public void lockSubmissions() {
        dsl.select(INTAKE_SALT.ID).from(INTAKE_SALT).where(INTAKE_SALT.ID.eq(1)).forUpdate().fetchSingle();
    }

    @Override
    public int countFrom(String addressHash, Instant since) {
        return dsl.fetchCount(INTAKE, INTAKE.ADDRESS_HASH.eq(addressHash)
                .and(INTAKE.SUBMITTED_AT.ge(Timestamps.toDb(since))));
    }

    @Override
    public Optional<Intake> find(IntakeId id) {
        return dsl.selectFrom(INTAKE).where(INTAKE.ID.eq(id.value())).fetchOptional(JooqIntakeRepository::toIntake);
    }

    @Override
    public List<IntakeSummary> queue(Set<IntakeStatus> statuses, int offset, int limit) {
        return dsl.select(INTAKE.ID, INTAKE.PREFERRED_NAME, INTAKE.SUBMITTED_AT, INTAKE.STATUS, INTAKE.PATTERNS)
                .from(INTAKE)
                .where(statusIn(statuses))
                .orderBy(INTAKE.SUBMITTED_AT.desc(), INTAKE.ID.desc())
                .offset(offset).limit(limit)
                .fetch(r -> new IntakeSummary(new IntakeId(r.value1()), r.value2(), Timestamps.fromDb(r.value3()),
                        IntakeStatus.valueOf(r.value4()), parse(r.value5(), BarrierPattern.class)));
    }

    @Override
    public int count(Set<IntakeStatus> statuses) {
        return dsl.fetchCount(INTAKE, statusIn(statuses));
    }

    @Override
    public void update(Intake intake, int expectedVersion) {
        int updated = dsl.update(INTAKE)
                .set(INTAKE.STATUS, intake.status().name())
                .set(INTAKE.GROUP_ID, intake.group() == null ? null : intake.group().value())
                .set(INTAKE.CLIENT_ID, intake.client() == null ? null : intake.client().value())
                .set(INTAKE.DECLINE_REASON, intake.declineReason())
                .set(INTAKE.DECIDED_BY, intake.decidedBy() == null ? null : intake.decidedBy().value())
                .set(INTAKE.DECIDED_AT, Timestamps.toDb(intake.decidedAt()))
                .set(INTAKE.VERSION, INTAKE.VERSION.plus(1))
                .where(INTAKE.ID.eq(intake.id().value()).and(INTAKE.VERSION.eq(expectedVersion)))
                .execute();
        if (updated == 0) {
            if (dsl.fetchExists(INTAKE, INTAKE.ID.eq(intake.id().value()))) {
                throw new ConcurrentEditException(RECORD_TYPE, intake.id());
            }
            throw new NotFoundException(RECORD_TYPE, intake.id());
        }
    }

    @Override
    public String addressSalt(Supplier<String> fresh) {
        Optional<String> stored = dsl.select(INTAKE_SALT.SALT).from(INTAKE_SALT).where(INTAKE_SALT.ID.eq(1))
                .fetchOptional(INTAKE_SALT.SALT);
        if (stored.isPresent()) {
            return stored.get();
        }
        // Two instances starting at once: one insert wins and both read the winner's salt.
        Inserts.ignoringDuplicate(dsl.insertInto(INTAKE_SALT).set(INTAKE_SALT.ID, 1).set(INTAKE_SALT.SALT, fresh.get()));
        return dsl.select(INTAKE_SALT.SALT).from(INTAKE_SALT).where(INTAKE_SALT.ID.eq(1)).fetchSingle(INTAKE_SALT.SALT);
    }

    private static Condition statusIn(Set<IntakeStatus> statuses) {
        return statuses == null || statuses.isEmpty() ? DSL.noCondition()
                : INTAKE.STATUS.in(statuses.stream().map(Enum::name).toList());
    }

    static Intake toIntake(IntakeRecord r) {
        ClientDraft contact = new ClientDraft(r.getLegalName(), r.getPreferredName(), r.getEmail(), r.getPhone(),
                null, null);
        IntakeForm form = new IntakeForm(contact, r.getReason(), parse(r.getPatterns(), BarrierPattern.class),
                parse(r.getAvailableDays(), DayOfWeek.class), parse(r.getDayParts(), DayPart.class),
                r.getIdempotencyKey());
        return new Intake(new IntakeId(r.getId()), form, Timestamps.fromDb(r.getSubmittedAt()),
                IntakeStatus.valueOf(r.getStatus()),
                r.getGroupId() == null ? null : new GroupId(r.getGroupId()),
                r.getClientId() == null ? null : new ClientId(r.getClientId()),
                r.getDeclineReason(),
                r.getDecidedBy() == null ? null : new UserId(r.getDecidedBy()),
                Timestamps.fromDb(r.getDecidedAt()), r.getVersion());
    }

    /** Enum names in declaration order, comma-separated. */
    static <E extends Enum<E>> String names(Collection<E> values) {
        return values.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    static <E extends Enum<E>> Set<E> parse(String stored, Class<E> type) {
        EnumSet<E> values = EnumSet.noneOf(type);
        if (stored != null && !stored.isBlank()) {
            Arrays.stream(stored.split(",")).map(name -> Enum.valueOf(type, name)).forEach(values::add);
        }
        return values;
    }
}
