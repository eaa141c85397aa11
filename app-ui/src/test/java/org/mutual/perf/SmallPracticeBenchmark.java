package org.mutual.perf;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The benchmark on the generated small practice (see {@link PracticeBenchmarkBase}). */
@SpringBootTest
class SmallPracticeBenchmark extends PracticeBenchmarkBase {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        database(registry, "small");
    }

    @Override
    String size() {
        return "small";
    }
}
