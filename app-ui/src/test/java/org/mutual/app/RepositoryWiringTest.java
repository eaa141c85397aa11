package org.mutual.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.support.PersistenceExceptionTranslator;
import org.springframework.stereotype.Repository;

/** How the running application wires its repositories. */
class RepositoryWiringTest extends RunningAppTest {

    @Autowired ApplicationContext context;

    @Test
    void repositories_are_called_directly_not_through_a_proxy() {
        Map<String, Object> repositories = context.getBeansWithAnnotation(Repository.class);

        assertThat(repositories).hasSizeGreaterThan(20);
        assertThat(repositories.values()).noneMatch(AopUtils::isAopProxy);
    }

    @Test
    void there_is_no_persistence_exception_translator_a_proxy_would_have_used() {
        // The proxy Spring puts around a @Repository only translates exceptions with these; with none
        // it did nothing but cost the call.
        assertThat(context.getBeansOfType(PersistenceExceptionTranslator.class)).isEmpty();
    }
}
