package org.mutual.persistence.homework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.mutual.domain.base.ConcurrentEditException;
import org.mutual.domain.homework.AssignedBatch;
import org.mutual.domain.homework.NewHomework;
import org.mutual.domain.homework.Resource;
import org.mutual.domain.homework.ResourceDraft;
import org.mutual.domain.homework.ResourceFile;
import org.mutual.domain.homework.ResourceId;
import org.mutual.persistence.plan.ClinicalFixture;
import org.mutual.persistence.support.QueryCounter;
import org.mutual.persistence.support.TestDatabase;

@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class ResourceRepositoryTest {

    static final Instant T1 = Instant.parse("2026-05-05T18:00:00Z");
    static final byte[] PDF = "%PDF-1.4\n% a small worksheet\n%%EOF".getBytes(StandardCharsets.US_ASCII);

    @Parameter
    TestDatabase database;

    QueryCounter queries = new QueryCounter();
    JooqResourceRepository resources;
    JooqHomeworkRepository homework;
    ClinicalFixture f;

    @BeforeEach
    void setUp() {
        DSLContext dsl = database.dsl(database.create());
        resources = new JooqResourceRepository(queries.counting(dsl));
        homework = new JooqHomeworkRepository(dsl);
        f = new ClinicalFixture(dsl);
    }

    ResourceId link(String title, String author) {
        return resources.create(new ResourceDraft(title, author, "https://example.org/" + title.length(), null)
                .checked(false), null, f.alice, T1);
    }

    @Test
    void an_entry_with_a_pdf_reads_back_without_its_bytes_and_the_file_reads_back_whole() {
        ResourceId id = resources.create(new ResourceDraft("Asking for help", "M. Rivera", null, "Week 3 worksheet")
                .checked(true), ResourceFile.pdf("asking.pdf", PDF), f.alice, T1);

        Resource stored = resources.find(id).orElseThrow();
        assertThat(stored.title()).isEqualTo("Asking for help");
        assertThat(stored.author()).isEqualTo("M. Rivera");
        assertThat(stored.fileName()).isEqualTo("asking.pdf");
        assertThat(stored.fileSize()).isEqualTo(PDF.length);
        assertThat(stored.createdAt()).isEqualTo(T1);
        assertThat(resources.file(id).orElseThrow().content()).isEqualTo(PDF);
        assertThat(resources.file(link("Only a link", null))).isEmpty();
    }

    @Test
    void the_library_is_searched_by_title_or_author_ignoring_case_and_archived_entries_drop_out() {
        ResourceId boundaries = link("Boundaries in friendship", "A. Okafor");
        link("The 50% rule", "B. Chen");
        ResourceId turns = link("Taking turns", "C. Okafor");

        assertThat(resources.search("OKAFOR", 0, 10)).extracting(Resource::id).containsExactly(boundaries, turns);
        assertThat(resources.search("50%", 0, 10)).extracting(Resource::title).containsExactly("The 50% rule");
        assertThat(resources.search("%", 0, 10)).hasSize(1);
        assertThat(resources.count(null)).isEqualTo(3);

        resources.archive(turns, 0);

        assertThat(resources.search("okafor", 0, 10)).extracting(Resource::id).containsExactly(boundaries);
        assertThat(resources.count(null)).isEqualTo(2);
        assertThatThrownBy(() -> resources.archive(turns, 0)).isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void attached_entries_show_on_every_homework_of_the_batch_in_one_query_and_only_for_its_clients() {
        ResourceId reading = link("Reading", null);
        ResourceId worksheet = link("Worksheet", null);
        link("Not attached", null);
        AssignedBatch batch = homework.createBatch(NewHomework.of(f.tuesday, null, null, "Practise", null,
                LocalDate.of(2026, 5, 11), f.alice, T1), List.of(f.ana, f.ben));
        resources.attach(batch.batch(), Set.of(worksheet, reading));
        queries.reset();

        assertThat(resources.ofHomework(batch.homework().get(1))).extracting(Resource::id)
                .containsExactly(reading, worksheet);
        assertThat(queries.count()).isEqualTo(1);
        assertThat(resources.attachedForClient(reading, f.ana)).isTrue();
        assertThat(resources.attachedForClient(reading, f.cat)).isFalse();
        assertThat(resources.findAll(Set.of(reading, new ResourceId(9999)))).extracting(Resource::id)
                .containsExactly(reading);
    }
}
