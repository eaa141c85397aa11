package org.mutual.persistence.generate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * Writes a realistic practice into an empty database (no accounts yet) with batches of multi-row inserts
 * (on H2 into tables whose foreign keys and plain indexes are built after the rows: {@link H2BulkLoad}): an admin,
 * therapists who each lead groups (every other group with a co-therapist), clients with logins, one
 * membership each, weekly sessions (held ones with attendance, a plan, an exercise record per planned
 * exercise, a signed group note and progress notes; the latest two still drafts), homework for the whole
 * group every few sessions (reviewed, submitted or still open) and the audit entries of that work.
 *
 * <p>The same size, seed and day give the same practice. Ids are assigned here and each table's identity
 * is moved past them afterwards, so the application keeps inserting normally. Accounts are named
 * {@code admin}, {@code therapist1}…, {@code client1}… and all get {@code passwordHash} (null: no password).
 */
public final class PracticeGenerator {

    /** What was written, table by table, and how long it took. */
    public record Result(Map<String, Long> rows, Duration took) {

        public long total() {
            return rows.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private static final int BATCH = 2_000;
    private static final int ROWS_PER_INSERT = 200;
    /** Bind parameters per statement, well below PostgreSQL's limit of 32,767. */
    private static final int MAX_PARAMETERS = 4_000;
    private static final String[] FOCUS = {"Building mutual relationships", "Assertiveness and clear intentions",
        "Trust and noticing", "Asking for help", "Give and take"};
    private static final String[] PATTERNS = {"CARETAKING", "SELF_SUFFICIENCY", "INTENSITY_SEEKING"};
    private static final String[] FIRST = {"Alex", "Blair", "Casey", "Dana", "Eli", "Frankie", "Gray", "Harper", "Indy",
        "Jordan", "Kai", "Lee", "Morgan", "Noor", "Oakley", "Priya", "Quinn", "Riley", "Sam", "Taylor"};
    private static final String[] LAST = {"Rivera", "Lee", "Blake", "Shah", "Haddad", "Moreno", "Okafor", "Novak",
        "Kim", "Berg", "Costa", "Dubois", "Evans", "Fischer", "Garcia", "Ito"};
    private static final String[] ATTENDANCE = {"PRESENT", "PRESENT", "PRESENT", "PRESENT", "PRESENT", "PRESENT",
        "PRESENT", "PRESENT", "PRESENT", "PRESENT", "PRESENT", "PRESENT", "PRESENT", "PRESENT", "PRESENT", "PRESENT",
        "LATE", "EXCUSED", "EXCUSED", "ABSENT"};
    private static final String[] IDENTITY_TABLES = {"app_user", "therapy_group", "client", "membership",
        "session_series", "therapy_session", "exercise", "plan_item", "session_note", "homework_batch", "homework",
        "audit_entry"};

    private final DataSource dataSource;

    public PracticeGenerator(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Generates {@code size} with {@code seed}, the held sessions in the weeks before {@code today} in
     * {@code zone}; {@code progress} hears a line now and then (rows so far, rate).
     */
    public Result generate(PracticeSize size, long seed, LocalDate today, ZoneId zone, String passwordHash,
                           Consumer<String> progress) {
        return generate(size, seed, today, zone, passwordHash, "", progress);
    }

    /**
     * As {@link #generate(PracticeSize, long, LocalDate, ZoneId, String, Consumer)}, with every username
     * starting with {@code accountPrefix}: a second practice then fits into a database that holds one.
     */
    public Result generate(PracticeSize size, long seed, LocalDate today, ZoneId zone, String passwordHash,
                           String accountPrefix, Consumer<String> progress) {
        long started = System.nanoTime();
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            H2BulkLoad bulk = H2BulkLoad.NONE;
            try {
                Run run = new Run(c, size, new Random(seed), today, zone, passwordHash, accountPrefix, progress, started);
                bulk = H2BulkLoad.start(c, run.tableNames());
                run.write();
                c.commit();
                bulk.finish(progress);
                restartIdentities(c);
                c.commit();
                Duration took = Duration.ofNanos(System.nanoTime() - started);
                progress.accept(String.format("generated %s practice: %,d rows in %d s", size.name(), run.total(),
                        took.toSeconds()));
                return new Result(run.counts(), took);
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                try {
                    bulk.finish(line -> { });
                } catch (SQLException | RuntimeException undone) {
                    e.addSuppressed(undone);
                }
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not generate the practice: " + e.getMessage(), e);
        }
    }

    private static void restartIdentities(Connection c) throws SQLException {
        for (String table : IDENTITY_TABLES) {
            long next = maxId(c, table) + 1;
            try (Statement s = c.createStatement()) {
                s.execute("alter table " + table + " alter column id restart with " + next);
            }
        }
    }

    private static long maxId(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select coalesce(max(id), 0) from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** One generation: the ids handed out so far and the open batches. */
    private static final class Run {

        private final Connection c;
        private final PracticeSize size;
        private final Random random;
        private final LocalDate today;
        private final ZoneId zone;
        private final String passwordHash;
        private final String prefix;
        private final Consumer<String> progress;
        private final long started;
        private final Map<String, Rows> tables = new LinkedHashMap<>();
        private final Map<String, Long> nextId = new LinkedHashMap<>();
        private final long expected;
        private long written;
        private long lastReport;
        private long committed;

        private final Rows users;
        private final Rows groups;
        private final Rows facilitators;
        private final Rows clients;
        private final Rows memberships;
        private final Rows focus;
        private final Rows series;
        private final Rows sessions;
        private final Rows attendance;
        private final Rows exercises;
        private final Rows planItems;
        private final Rows records;
        private final Rows notes;
        private final Rows batches;
        private final Rows homework;
        private final Rows audit;

        Run(Connection c, PracticeSize size, Random random, LocalDate today, ZoneId zone, String passwordHash,
            String prefix, Consumer<String> progress, long started) throws SQLException {
            this.prefix = prefix;
            this.c = c;
            this.size = size;
            this.random = random;
            this.today = today;
            this.zone = zone;
            this.passwordHash = passwordHash;
            this.progress = progress;
            this.started = started;
            String sql = prefix.isEmpty() ? "select count(*) from app_user"
                    : "select count(*) from app_user where username like ?";
            try (PreparedStatement s = c.prepareStatement(sql)) {
                if (!prefix.isEmpty()) {
                    s.setString(1, prefix.replace("%", "\\%").replace("_", "\\_") + "%");
                }
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    if (rs.getLong(1) > 0) {
                        throw new IllegalStateException("the database already has accounts"
                                + (prefix.isEmpty() ? "" : " named " + prefix + "…") + ": generate into an empty one");
                    }
                }
            }
            for (String table : IDENTITY_TABLES) {
                nextId.put(table, maxId(c, table) + 1);
            }
            long held = (long) size.groups() * size.heldSessions();
            expected = 1 + size.therapists() + size.clients() * 2L + size.groups() * 3L + size.clients() * 2L
                    + size.sessions() + held * size.membersPerGroup() + held * size.planItems() * 2L
                    + size.notes() + size.homework() + size.homework() / size.membersPerGroup() + held;
            users = table("app_user", "id", "username", "display_name", "email", "role", "password_hash", "created_at");
            groups = table("therapy_group", "id", "name", "focus", "description", "capacity", "status", "created_at",
                    "updated_at", "slot_weekday", "slot_start", "slot_minutes", "slot_zone", "place");
            facilitators = table("group_facilitator", "group_id", "user_id", "is_lead");
            clients = table("client", "id", "account_id", "legal_name", "preferred_name", "email", "created_at");
            memberships = table("membership", "id", "group_id", "client_id", "joined_on", "status");
            focus = table("membership_focus", "membership_id", "focus_area");
            series = table("session_series", "id", "group_id", "weekday", "start_time", "duration_minutes", "zone_id");
            sessions = table("therapy_session", "id", "group_id", "series_id", "starts_at", "ends_at", "place", "status");
            attendance = table("attendance", "session_id", "client_id", "status", "marked_at", "marked_by");
            exercises = table("exercise", "id", "title", "goal", "steps", "suggested_minutes", "built_in", "owner_id",
                    "created_at");
            planItems = table("plan_item", "id", "session_id", "exercise_id", "position", "minutes");
            records = table("exercise_record", "plan_item_id", "observation");
            notes = table("session_note", "id", "session_id", "client_id", "client_key", "text", "status", "author_id",
                    "updated_at", "signed_by", "signed_at");
            batches = table("homework_batch", "id", "group_id", "assigned_by", "assigned_at");
            homework = table("homework", "id", "batch_id", "group_id", "client_id", "session_id", "exercise_id", "title",
                    "instructions", "due_on", "status", "reflection", "feedback", "submitted_at", "reviewed_at",
                    "reviewed_by");
            audit = table("audit_entry", "id", "occurred_at", "actor_id", "actor_name", "action", "record_type",
                    "record_id", "outcome");
        }

        private Rows table(String name, String... columns) {
            Rows rows = new Rows(name, columns);
            tables.put(name, rows);
            return rows;
        }

        long total() {
            return written;
        }

        List<String> tableNames() {
            return List.copyOf(tables.keySet());
        }

        Map<String, Long> counts() {
            Map<String, Long> counts = new LinkedHashMap<>();
            tables.forEach((name, rows) -> counts.put(name, rows.count));
            return counts;
        }

        private long id(String table) {
            long id = nextId.get(table);
            nextId.put(table, id + 1);
            return id;
        }

        void write() throws SQLException {
            OffsetDateTime created = at(today.minusWeeks(size.heldSessions() + 4L), LocalTime.of(9, 0));
            long admin = id("app_user");
            users.add(admin, prefix + "admin", "Avery Admin", prefix + "admin@practice.mutual.example", "ADMIN", passwordHash, created);
            long[] therapists = new long[size.therapists()];
            String[] therapistNames = new String[size.therapists()];
            for (int t = 0; t < therapists.length; t++) {
                therapists[t] = id("app_user");
                therapistNames[t] = prefix + "therapist" + (t + 1);
                users.add(therapists[t], therapistNames[t], "Dr. " + name(t), therapistNames[t] + "@practice.mutual.example",
                        "THERAPIST", passwordHash, created);
            }
            List<Long> exerciseIds = builtInExercises();
            if (exerciseIds.isEmpty()) {
                for (int e = 1; e <= 8; e++) {
                    long id = id("exercise");
                    exercises.add(id, "Practice exercise " + e, "Practising one step of mutual relationships.",
                            "1. Explain the exercise.\n2. Practise in pairs.\n3. Talk it over as a group.", 20, false,
                            therapists[0], created);
                    exerciseIds.add(id);
                }
            }
            int clientNumber = 0;
            for (int t = 0; t < therapists.length; t++) {
                for (int g = 0; g < size.groupsPerTherapist(); g++) {
                    long coTherapist = (g % 2 == 1 && therapists.length > 1) ? therapists[(t + 1) % therapists.length] : 0;
                    clientNumber = group(t, g, therapists[t], therapistNames[t], coTherapist, clientNumber, exerciseIds,
                            created);
                }
            }
            for (Rows rows : tables.values()) {
                rows.flush();
            }
        }

        private List<Long> builtInExercises() throws SQLException {
            List<Long> ids = new ArrayList<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("select id from exercise where built_in order by id")) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        }

        private int group(int t, int g, long lead, String leadName, long coTherapist, int clientNumber,
                          List<Long> exerciseIds, OffsetDateTime created) throws SQLException {
            DayOfWeek weekday = DayOfWeek.of(1 + random.nextInt(5));
            LocalTime start = LocalTime.of(9 + random.nextInt(10), random.nextBoolean() ? 0 : 30);
            int minutes = 90;
            String room = "Room " + (1 + random.nextInt(6));
            long group = id("therapy_group");
            groups.add(group, weekday.getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH) + " group "
                    + (t + 1) + "." + (g + 1), FOCUS[random.nextInt(FOCUS.length)],
                    "A weekly group practising mutual relationships.", size.membersPerGroup() + 2, "ACTIVE", created,
                    created, weekday.getValue(), start, minutes, zone.getId(), room);
            facilitators.add(group, lead, true);
            if (coTherapist != 0) {
                facilitators.add(group, coTherapist, false);
            }

            LocalDate firstDay = today.minusWeeks(size.heldSessions()).with(TemporalAdjusters.nextOrSame(weekday));
            long[] members = new long[size.membersPerGroup()];
            LocalDate[] joined = new LocalDate[members.length];
            for (int m = 0; m < members.length; m++) {
                clientNumber++;
                long account = id("app_user");
                String username = prefix + "client" + clientNumber;
                String fullName = name(clientNumber * 7 + m);
                users.add(account, username, fullName, username + "@practice.mutual.example", "CLIENT", passwordHash,
                        created);
                members[m] = id("client");
                clients.add(members[m], account, fullName, fullName.substring(0, fullName.indexOf(' ')),
                        username + "@practice.mutual.example", created);
                // Most joined at the start; some a few months in.
                joined[m] = m % 5 == 4 ? firstDay.plusWeeks(random.nextInt(Math.max(1, size.heldSessions() / 2)))
                        : firstDay;
                long membership = id("membership");
                memberships.add(membership, group, members[m], joined[m], "ACTIVE");
                focus.add(membership, PATTERNS[random.nextInt(PATTERNS.length)]);
            }

            long seriesId = id("session_series");
            series.add(seriesId, group, weekday.name(), start, minutes, zone.getId());
            int total = size.heldSessions() + size.plannedSessions();
            for (int i = 0; i < total; i++) {
                LocalDate day = firstDay.plusWeeks(i);
                OffsetDateTime startsAt = at(day, start);
                OffsetDateTime endsAt = startsAt.plusMinutes(minutes);
                boolean held = i < size.heldSessions();
                long session = id("therapy_session");
                sessions.add(session, group, seriesId, startsAt, endsAt, room, held ? "HELD" : "PLANNED");
                long firstExercise = exerciseIds.get(random.nextInt(exerciseIds.size()));
                int items = held ? size.planItems() : (i == size.heldSessions() ? size.planItems() : 0);
                for (int p = 0; p < items; p++) {
                    long item = id("plan_item");
                    long exercise = p == 0 ? firstExercise : exerciseIds.get(random.nextInt(exerciseIds.size()));
                    planItems.add(item, session, exercise, p + 1, 15 + 5 * random.nextInt(4));
                    if (held) {
                        records.add(item, "The group practised in pairs; most members took a turn.");
                    }
                }
                if (!held) {
                    continue;
                }
                for (int m = 0; m < members.length; m++) {
                    attendance.add(session, members[m], joined[m].isAfter(day) ? "EXCUSED"
                            : ATTENDANCE[random.nextInt(ATTENDANCE.length)], endsAt, lead);
                }
                boolean signed = i < size.heldSessions() - 2;
                note(session, 0, "The group worked on giving and taking turns.", lead, endsAt, signed);
                for (int n = 0; n < size.progressNotes(); n++) {
                    note(session, members[(i + n) % members.length], "Took part and named one small step.", lead,
                            endsAt, signed);
                }
                audit.add(id("audit_entry"), endsAt, lead, leadName, "attendance.mark", "session",
                        String.valueOf(session), "ALLOWED");
                if ((i + 1) % size.homeworkEvery() == 0) {
                    homework(group, session, firstExercise, lead, endsAt, members, day);
                }
            }
            return clientNumber;
        }

        private void note(long session, long client, String text, long author, OffsetDateTime at, boolean signed)
                throws SQLException {
            notes.add(id("session_note"), session, client == 0 ? null : client, client, text, signed ? "SIGNED" : "DRAFT",
                    author, at, signed ? author : null, signed ? at.plusHours(2) : null);
        }

        private void homework(long group, long session, long exercise, long lead, OffsetDateTime assignedAt,
                              long[] members, LocalDate day) throws SQLException {
            long batch = id("homework_batch");
            batches.add(batch, group, lead, assignedAt);
            LocalDate due = day.plusDays(6);
            boolean old = due.isBefore(today.minusWeeks(2));
            for (long member : members) {
                int roll = random.nextInt(10);
                String status = old ? (roll < 7 ? "REVIEWED" : roll < 8 ? "SUBMITTED" : "ASSIGNED")
                        : (roll < 6 ? "ASSIGNED" : "SUBMITTED");
                OffsetDateTime submitted = status.equals("ASSIGNED") ? null : at(due.minusDays(1), LocalTime.of(20, 0));
                boolean reviewed = status.equals("REVIEWED");
                homework.add(id("homework"), batch, group, member, session, exercise, "Practise at home",
                        "Try the exercise once this week and write down what happened.", due, status,
                        submitted == null ? null : "I tried it with a friend and it went better than expected.",
                        reviewed ? "Thank you, let's talk about it next time." : null, submitted,
                        reviewed ? submitted.plusDays(1) : null, reviewed ? lead : null);
            }
        }

        private OffsetDateTime at(LocalDate day, LocalTime time) {
            return day.atTime(time).atZone(zone).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
        }

        private static String name(int n) {
            return FIRST[Math.floorMod(n, FIRST.length)] + " " + LAST[Math.floorMod(n / FIRST.length, LAST.length)];
        }

        private void written(long rows) throws SQLException {
            written += rows;
            if (written - committed >= 50_000) {
                // Large practices would otherwise be one transaction of millions of rows.
                c.commit();
                committed = written;
            }
            long now = System.nanoTime();
            if (now - lastReport > 2_000_000_000L) {
                lastReport = now;
                double seconds = (now - started) / 1e9;
                progress.accept(String.format("  %,d of ~%,d rows (%d%%), %,.0f rows/s", written, expected,
                        Math.min(100, written * 100 / Math.max(1, expected)), written / Math.max(0.001, seconds)));
            }
        }

        /**
         * One table's rows waiting to be written: every {@value #BATCH} rows they go out as a JDBC batch of
         * multi-row inserts ({@link #ROWS_PER_INSERT} rows a statement at most), which both databases take
         * far faster than one statement per row.
         */
        private final class Rows {
            final String table;
            final String[] columns;
            final int width;
            final int perInsert;
            final Object[][] pending = new Object[BATCH][];
            PreparedStatement insert;
            long count;
            int waiting;

            Rows(String table, String... columns) {
                this.table = table;
                this.columns = columns;
                this.width = columns.length;
                this.perInsert = Math.max(1, Math.min(ROWS_PER_INSERT, MAX_PARAMETERS / width));
            }

            void add(Object... values) throws SQLException {
                if (values.length != width) {
                    throw new IllegalArgumentException(table + " takes " + width + " values");
                }
                pending[waiting++] = values;
                count++;
                if (waiting == BATCH) {
                    flush();
                }
            }

            void flush() throws SQLException {
                if (waiting == 0) {
                    return;
                }
                // Parents first: a child's batch may refer to rows still waiting in its parent's batch.
                for (Rows rows : tables.values()) {
                    if (rows == this) {
                        break;
                    }
                    rows.flush();
                }
                int whole = waiting / perInsert * perInsert;
                if (whole > 0) {
                    if (insert == null) {
                        insert = c.prepareStatement(insertSql(perInsert));
                    }
                    for (int first = 0; first < whole; first += perInsert) {
                        bind(insert, first, perInsert);
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
                if (whole < waiting) {
                    try (PreparedStatement rest = c.prepareStatement(insertSql(waiting - whole))) {
                        bind(rest, whole, waiting - whole);
                        rest.executeUpdate();
                    }
                }
                int done = waiting;
                Arrays.fill(pending, 0, waiting, null);
                waiting = 0;
                written(done);
            }

            private void bind(PreparedStatement insert, int first, int rows) throws SQLException {
                int parameter = 1;
                for (int r = first; r < first + rows; r++) {
                    for (Object value : pending[r]) {
                        insert.setObject(parameter++, value);
                    }
                }
            }

            private String insertSql(int rows) {
                String row = "(" + "?, ".repeat(width - 1) + "?)";
                StringBuilder sql = new StringBuilder("insert into ").append(table).append(" (")
                        .append(String.join(", ", columns)).append(") values ").append(row);
                for (int r = 1; r < rows; r++) {
                    sql.append(", ").append(row);
                }
                return sql.toString();
            }
        }
    }
}
