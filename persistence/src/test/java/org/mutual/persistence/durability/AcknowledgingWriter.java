package org.mutual.persistence.durability;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.mutual.persistence.base.JooqSettings;
import org.mutual.domain.audit.AuditEntry;
import org.mutual.domain.audit.AuditOutcome;
import org.mutual.persistence.audit.JooqAuditRepository;

/**
 * Run in its own JVM by {@link CrashDurabilityTest}: appends audit entries one committed insert at a
 * time through the real repository and prints {@code ack <n>} after each commit returned, so every
 * printed number is a write the database acknowledged.
 */
public final class AcknowledgingWriter {

    private AcknowledgingWriter() {
    }

    /** Arguments: JDBC URL, user, number of writes. */
    public static void main(String[] args) throws SQLException {
        String url = args[0];
        int count = Integer.parseInt(args[2]);
        // One connection held open, as the application's pool does: with H2, closing the last
        // connection would close (and flush) the database after every write.
        Connection connection = DriverManager.getConnection(url, args[1], "");
        connection.setAutoCommit(true);
        SQLDialect dialect = url.startsWith("jdbc:postgresql:") ? SQLDialect.POSTGRES : SQLDialect.H2;
        JooqAuditRepository audit = new JooqAuditRepository(DSL.using(connection, dialect, JooqSettings.settings()));
        System.out.println("ready");
        System.out.flush();
        for (int n = 0; n < count; n++) {
            audit.append(new AuditEntry(Instant.now(), null, "crash-test", "write", "crash", Integer.toString(n),
                    AuditOutcome.ALLOWED));
            System.out.println("ack " + n);
            System.out.flush();
        }
    }
}
