package org.mutual.domain.homework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.mutual.domain.base.ValidationException;

class ResourceTest {

    static final byte[] PDF = "%PDF-1.7\n%%EOF".getBytes(StandardCharsets.US_ASCII);

    @Test
    void only_pdf_content_is_accepted_whatever_the_file_is_called() {
        assertThat(ResourceFile.pdf("worksheet.pdf", PDF).size()).isEqualTo(PDF.length);
        assertThatThrownBy(() -> ResourceFile.pdf("worksheet.pdf", "<html>".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.byField().get("file").messageKey()).isEqualTo("resource.file.not-pdf"));
        assertThatThrownBy(() -> ResourceFile.pdf("empty.pdf", new byte[0]))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.byField().get("file").messageKey()).isEqualTo("resource.file.empty"));
        byte[] huge = new byte[ResourceFile.MAX_BYTES + 1];
        System.arraycopy(PDF, 0, huge, 0, PDF.length);
        assertThatThrownBy(() -> ResourceFile.pdf("huge.pdf", huge))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.byField().get("file").messageKey()).isEqualTo("resource.file.too-large"));
    }

    @Test
    void a_stored_file_name_is_safe_in_a_download_header_and_ends_in_pdf() {
        assertThat(ResourceFile.pdf("Wochen\u00fcbung \"3\"\r\n.pdf", PDF).name()).isEqualTo("Wochen_bung _3___.pdf");
        assertThat(ResourceFile.pdf(null, PDF).name()).isEqualTo("resource.pdf");
        assertThat(ResourceFile.pdf("notes", PDF).name()).isEqualTo("notes.pdf");
        assertThat(ResourceFile.pdf("../../etc/passwd", PDF).name()).doesNotContain("/");
    }

    @Test
    void an_entry_needs_a_title_and_a_web_link_or_a_file() {
        assertThat(new ResourceDraft("  Reading ", null, " https://example.org/a ", "").checked(false))
                .isEqualTo(new ResourceDraft("Reading", null, "https://example.org/a", null));
        assertThat(new ResourceDraft("Worksheet", null, null, null).checked(true).link()).isNull();
        assertThatThrownBy(() -> new ResourceDraft(" ", null, null, null).checked(false))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.byField())
                        .containsKeys("title", "link"));
        for (String bad : new String[] {"javascript:alert(1)", "ftp://example.org/x", "example.org", "https://"}) {
            assertThatThrownBy(() -> new ResourceDraft("Reading", null, bad, null).checked(true))
                    .as(bad)
                    .isInstanceOfSatisfying(ValidationException.class,
                            e -> assertThat(e.byField().get("link").messageKey()).isEqualTo("resource.link.invalid"));
        }
    }
}
