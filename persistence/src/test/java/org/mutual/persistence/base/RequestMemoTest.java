package org.mutual.persistence.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RequestMemoTest {

    final AtomicInteger reads = new AtomicInteger();

    private String read() {
        return "answer " + reads.incrementAndGet();
    }

    @Test
    void an_answer_is_read_once_per_request_and_not_kept_after_it() {
        try (RequestMemo.Scope request = RequestMemo.open()) {
            assertThat(RequestMemo.remember("q", this::read)).isEqualTo("answer 1");
            assertThat(RequestMemo.remember("q", this::read)).isEqualTo("answer 1");
            assertThat(RequestMemo.remember("other", this::read)).isEqualTo("answer 2");
        }
        try (RequestMemo.Scope request = RequestMemo.open()) {
            assertThat(RequestMemo.remember("q", this::read)).isEqualTo("answer 3");
        }
    }

    @Test
    void outside_a_request_every_question_is_read() {
        assertThat(RequestMemo.remember("q", this::read)).isEqualTo("answer 1");
        assertThat(RequestMemo.remember("q", this::read)).isEqualTo("answer 2");
    }

    @Test
    void a_forgotten_answer_is_read_again_and_the_others_are_kept() {
        try (RequestMemo.Scope request = RequestMemo.open()) {
            RequestMemo.remember("groups of 1", this::read);
            RequestMemo.remember("client of 1", this::read);
            RequestMemo.forget(question -> question.toString().startsWith("groups"));
            assertThat(RequestMemo.remember("groups of 1", this::read)).isEqualTo("answer 3");
            assertThat(RequestMemo.remember("client of 1", this::read)).isEqualTo("answer 2");
        }
    }

    @Test
    void a_request_opened_inside_another_shares_its_answers_and_leaves_it_open() {
        try (RequestMemo.Scope outer = RequestMemo.open()) {
            RequestMemo.remember("q", this::read);
            try (RequestMemo.Scope inner = RequestMemo.open()) {
                assertThat(RequestMemo.remember("q", this::read)).isEqualTo("answer 1");
            }
            assertThat(RequestMemo.remember("q", this::read)).isEqualTo("answer 1");
        }
    }

    @Test
    void each_thread_has_its_own_request() throws InterruptedException {
        try (RequestMemo.Scope request = RequestMemo.open()) {
            RequestMemo.remember("q", this::read);
            Thread other = Thread.ofPlatform().start(() -> RequestMemo.remember("q", this::read));
            other.join();
            assertThat(reads).hasValue(2);
        }
    }
}
