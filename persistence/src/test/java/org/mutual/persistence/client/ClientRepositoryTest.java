package org.mutual.persistence.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.mutual.domain.base.ConcurrentEditException;
import org.mutual.domain.base.NotFoundException;
import org.mutual.domain.client.Client;
import org.mutual.domain.client.ClientDraft;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.user.UserId;
import org.mutual.persistence.support.QueryCounter;
import org.mutual.persistence.support.TestData;
import org.mutual.persistence.support.TestDatabase;

@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class ClientRepositoryTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

    @Parameter
    TestDatabase database;

    DSLContext dsl;
    QueryCounter queries = new QueryCounter();
    JooqClientRepository clients;
    TestData data;

    @BeforeEach
    void setUp() {
        dsl = database.dsl(database.create());
        clients = new JooqClientRepository(queries.counting(dsl), Clock.systemUTC());
        data = new TestData(dsl);
    }

    static ClientDraft ana() {
        return ClientDraft.of("Ana María López", "Ana", "ana@example.org", "+34 600 000 000",
                LocalDate.of(1990, 5, 17), "Luis, brother, +34 611 111 111", TODAY);
    }

    @Test
    void created_client_reads_back_with_every_field_and_its_account() {
        UserId login = data.clientAccount("ana");

        ClientId id = clients.create(ana(), login);

        assertThat(clients.find(id)).contains(new Client(id, login, "Ana María López", "Ana", "ana@example.org",
                "+34 600 000 000", LocalDate.of(1990, 5, 17), "Luis, brother, +34 611 111 111", 0));
    }

    @Test
    void client_without_login_or_optional_fields_reads_back_with_nulls() {
        ClientId id = clients.create(ClientDraft.of("Ben Ode", "Ben", "ben@example.org", null, null, null, TODAY), null);

        assertThat(clients.find(id)).contains(
                new Client(id, null, "Ben Ode", "Ben", "ben@example.org", null, null, null, 0));
    }

    @Test
    void missing_client_is_not_found() {
        assertThat(clients.find(new ClientId(999))).isEmpty();
    }

    @Test
    void update_overwrites_the_fields_and_increments_the_version() {
        UserId login = data.clientAccount("ana");
        ClientId id = clients.create(ana(), login);

        clients.update(id, ClientDraft.of("Ana López", "Anita", "anita@example.org", null, null, null, TODAY), 0);

        assertThat(clients.find(id)).contains(
                new Client(id, login, "Ana López", "Anita", "anita@example.org", null, null, null, 1));
    }

    @Test
    void update_with_a_stale_version_is_refused_and_changes_nothing() {
        ClientId id = clients.create(ana(), null);
        clients.update(id, TestData.draft("First"), 0);

        assertThatThrownBy(() -> clients.update(id, TestData.draft("Second"), 0))
                .isInstanceOf(ConcurrentEditException.class);

        assertThat(clients.find(id)).get().satisfies(c -> {
            assertThat(c.preferredName()).isEqualTo("First");
            assertThat(c.version()).isEqualTo(1);
        });
    }

    @Test
    void update_of_a_missing_client_is_not_found() {
        assertThatThrownBy(() -> clients.update(new ClientId(999), ana(), 0)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_login_belongs_to_at_most_one_client() {
        UserId login = data.clientAccount("ana");
        clients.create(ana(), login);

        assertThatThrownBy(() -> clients.create(TestData.draft("Impostor"), login))
                .isInstanceOf(DataAccessException.class)
                .satisfies(e -> assertThat(e.getMessage()).containsIgnoringCase("client_account_uk"));
        // Any number of clients may still be without a login.
        clients.create(TestData.draft("Ben"), null);
        clients.create(TestData.draft("Carol"), null);
        assertThat(dsl.fetchCount(org.mutual.persistence.jooq.Tables.CLIENT)).isEqualTo(3);
    }

    @Test
    void find_all_reads_the_requested_clients_in_one_query_and_skips_unknown_ids() {
        ClientId ana = clients.create(ana(), null);
        ClientId ben = clients.create(TestData.draft("Ben"), null);
        clients.create(TestData.draft("Carol"), null);
        queries.reset();

        List<Client> found = clients.findAll(List.of(ben, ana, new ClientId(999), ana));

        assertThat(found).extracting(Client::id).containsExactly(ana, ben);
        assertThat(found).extracting(Client::preferredName).containsExactly("Ana", "Ben");
        assertThat(queries.count()).isEqualTo(1);
        assertThat(clients.findAll(List.of())).isEmpty();
        assertThat(queries.count()).isEqualTo(1);
    }
}
