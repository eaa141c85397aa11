package org.mutual.domain.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.mutual.domain.base.ValidationException;
import org.mutual.domain.user.UserId;

class GroupTest {

    final Group forming = new Group(new GroupId(1), "G", "F", null, 8, GroupStatus.FORMING, new UserId(1), null, null,
            Instant.EPOCH, 0);

    @Test
    void a_group_moves_from_forming_to_active_to_closed() {
        Group active = forming.withStatus(GroupStatus.ACTIVE);
        assertThat(active.status()).isEqualTo(GroupStatus.ACTIVE);
        assertThat(active.withStatus(GroupStatus.CLOSED).status()).isEqualTo(GroupStatus.CLOSED);
        assertThat(forming.withStatus(GroupStatus.CLOSED).status()).isEqualTo(GroupStatus.CLOSED);
    }

    @Test
    void a_closed_group_is_not_reopened_and_an_active_one_does_not_go_back_to_forming() {
        Group closed = forming.withStatus(GroupStatus.CLOSED);
        for (GroupStatus next : new GroupStatus[] {GroupStatus.FORMING, GroupStatus.ACTIVE}) {
            assertThatThrownBy(() -> closed.withStatus(next)).isInstanceOf(ValidationException.class);
        }
        assertThatThrownBy(() -> forming.withStatus(GroupStatus.ACTIVE).withStatus(GroupStatus.FORMING))
                .isInstanceOf(ValidationException.class);
    }
}
