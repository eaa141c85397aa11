package org.mutual.persistence.base;

import org.jooq.ExecuteListenerProvider;
import org.jooq.conf.FetchIntermediateResult;
import org.jooq.conf.Settings;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.springframework.boot.jooq.autoconfigure.DefaultConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How jOOQ runs in the application (and in the tests of the repositories, which use {@link #settings()}
 * too). On H2, {@link OneWriterAtATime} lets one transaction write at a time.
 */
@Configuration(proxyBeanMethods = false)
public class JooqSettings {

    /**
     * <ul>
     * <li>Execute logging off: at DEBUG it writes every statement with the bound values inlined and the
     * first rows of every result, which puts names, e-mail addresses and note texts into the log of anyone
     * who turns on DEBUG to chase a problem. Statements can still be traced without values through the
     * JDBC driver or the database's own log.
     * <li>Timestamps with a time zone go to and come from the JDBC driver as {@code OffsetDateTime}
     * (both drivers support it), instead of as text that jOOQ formats and parses itself: on PostgreSQL
     * the driver parsed it anyway, on H2 it was formatted by the database only to be parsed again.
     * <li>Rows go straight to the repository's mapping, without a copy of the whole result first (which
     * jOOQ makes by default for execute listeners; Mutual's look at statements, not results).
     * <li>No {@code getWarnings()} after every statement: nothing reads them.
     * </ul>
     */
    public static Settings settings() {
        return applyTo(new Settings());
    }

    private static Settings applyTo(Settings settings) {
        return settings
                .withExecuteLogging(false)
                .withBindOffsetDateTimeType(true)
                .withFetchIntermediateResult(FetchIntermediateResult.WHEN_RESULT_REQUESTED)
                .withFetchWarnings(false);
    }

    @Bean
    DefaultConfigurationCustomizer mutualSettings() {
        return configuration -> applyTo(configuration.settings());
    }

    @Bean
    ExecuteListenerProvider oneWriterAtATime() {
        return new DefaultExecuteListenerProvider(new OneWriterAtATime());
    }
}
