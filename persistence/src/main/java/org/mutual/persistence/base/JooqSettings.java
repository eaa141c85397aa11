package org.mutual.persistence.base;

import org.jooq.ExecuteListenerProvider;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.springframework.boot.jooq.autoconfigure.DefaultConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How jOOQ runs in the application. Its execute logging is off: at DEBUG it writes every statement
 * with the bound values inlined and the first rows of every result, which puts names, e-mail
 * addresses and note texts into the log of anyone who turns on DEBUG to chase a problem. Statements
 * can still be traced without values through the JDBC driver or the database's own log. On H2,
 * {@link OneWriterAtATime} lets one transaction write at a time.
 */
@Configuration(proxyBeanMethods = false)
public class JooqSettings {

    @Bean
    DefaultConfigurationCustomizer noValuesInTheLog() {
        return configuration -> configuration.settings().withExecuteLogging(false);
    }

    @Bean
    ExecuteListenerProvider oneWriterAtATime() {
        return new DefaultExecuteListenerProvider(new OneWriterAtATime());
    }
}
