package org.mutual.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mutual.MutualApplication;
import org.mutual.domain.group.GroupDraft;
import org.mutual.domain.group.GroupId;
import org.mutual.domain.group.GroupService;
import org.mutual.domain.user.AccountRepository;
import org.mutual.persistence.support.TestDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application as a whole on its two databases: it migrates, seeds the demo practice once, keeps
 * data across restarts of an H2 file, and runs unchanged on a real PostgreSQL server.
 */
class DatabaseStartupTest {

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void h2_file_keeps_data_across_restarts_and_the_demo_seed_runs_only_once() throws Exception {
        Path dataDir = Files.createTempDirectory("mutual-restart-");
        GroupId created;
        long accountsAfterFirstStart;
        try (ConfigurableApplicationContext app = start("--mutual.data-dir=" + dataDir)) {
            accountsAfterFirstStart = app.getBean(AccountRepository.class).count();
            TestUsers.signIn(app.getBean(AccountRepository.class), "therapist");
            created = app.getBean(GroupService.class).create(GroupDraft.of("Survives restarts", "Durability", null, 6));
        }
        assertThat(accountsAfterFirstStart).isEqualTo(5);
        assertThat(dataDir.resolve("mutual.mv.db")).exists();

        try (ConfigurableApplicationContext app = start("--mutual.data-dir=" + dataDir)) {
            assertThat(app.getBean(AccountRepository.class).count()).isEqualTo(accountsAfterFirstStart);
            TestUsers.signIn(app.getBean(AccountRepository.class), "therapist");
            assertThat(app.getBean(GroupService.class).get(created).name()).isEqualTo("Survives restarts");
            assertThat(app.getBean(GroupService.class).count(null, null)).isEqualTo(3);
        }
    }

    @Test
    void demo_seed_is_switched_off_by_one_property() throws Exception {
        Path dataDir = Files.createTempDirectory("mutual-nodemo-");
        try (ConfigurableApplicationContext app = start("--mutual.data-dir=" + dataDir,
                "--mutual.demo-data.enabled=false")) {
            assertThat(app.getBean(AccountRepository.class).count()).isZero();
        }
    }

    @Test
    void runs_on_postgresql_from_the_documented_settings() {
        String url = TestDatabase.newDatabaseUrl();
        try (ConfigurableApplicationContext app = start("--MUTUAL_DB_URL=" + url,
                "--MUTUAL_DB_USER=" + TestDatabase.POSTGRES_USER, "--MUTUAL_DB_PASSWORD=")) {
            assertThat(app.getEnvironment().getProperty("spring.datasource.url")).startsWith("jdbc:postgresql:");
            AccountRepository accounts = app.getBean(AccountRepository.class);
            assertThat(accounts.count()).isEqualTo(5);
            TestUsers.signIn(accounts, "therapist");
            GroupService groups = app.getBean(GroupService.class);
            GroupId id = groups.create(GroupDraft.of("On PostgreSQL", "Portability", null, 12));
            assertThat(groups.get(id).capacity()).isEqualTo(12);
            assertThat(groups.list("postgres", null, 0, 10)).singleElement()
                    .satisfies(g -> assertThat(g.name()).isEqualTo("On PostgreSQL"));
        }
    }

    private static ConfigurableApplicationContext start(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "--server.port=0";
        System.arraycopy(args, 0, all, 1, args.length);
        return new SpringApplicationBuilder(MutualApplication.class).run(all);
    }
}
