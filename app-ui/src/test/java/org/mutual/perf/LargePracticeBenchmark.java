package org.mutual.perf;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The benchmark on the generated large practice (see {@link PracticeBenchmarkBase}). */
@SpringBootTest
class LargePracticeBenchmark extends PracticeBenchmarkBase {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        database(registry, "large");
    }

    @Override
    String size() {
        return "large";
    }
}
