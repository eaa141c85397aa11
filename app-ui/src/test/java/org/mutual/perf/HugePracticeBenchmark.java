package org.mutual.perf;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The benchmark on the generated huge practice (see {@link PracticeBenchmarkBase}). */
@SpringBootTest
class HugePracticeBenchmark extends PracticeBenchmarkBase {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        database(registry, "huge");
    }

    @Override
    String size() {
        return "huge";
    }
}
