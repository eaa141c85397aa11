package org.mutual.persistence.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.Field;
import org.jooq.ForeignKey;
import org.jooq.Table;
import org.jooq.UniqueKey;
import org.junit.jupiter.api.Test;
import org.mutual.persistence.jooq.DefaultSchema;

/**
 * The data model diagram in {@code docs/data-model.md} is drawn from the schema the migrations
 * build (the jOOQ classes generated from them), so it can't drift: when a migration changes a
 * table, this test fails until the diagram is regenerated with
 * {@code ./mvnw -B -q verify -pl persistence -am -Dtest=DataModelDiagramTest -Dsurefire.failIfNoSpecifiedTests=false -Dmutual.docs.update=true}.
 */
class DataModelDiagramTest {

    static final Path DOC = Path.of("..", "docs", "data-model.md");
    static final String START = "```mermaid\n";
    static final String END = "```\n";

    @Test
    void the_documented_diagram_is_the_schema() throws IOException {
        String diagram = diagram();
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        int start = doc.indexOf(START);
        int end = doc.indexOf(END, start + START.length());
        assertThat(start).as("a mermaid block in %s", DOC).isNotNegative();
        String documented = doc.substring(start + START.length(), end);
        if (!documented.equals(diagram) && Boolean.getBoolean("mutual.docs.update")) {
            Files.writeString(DOC, doc.substring(0, start + START.length()) + diagram + doc.substring(end),
                    StandardCharsets.UTF_8);
            return;
        }
        assertThat(documented)
                .as("docs/data-model.md is out of date; regenerate it with -Dmutual.docs.update=true (see this test)")
                .isEqualTo(diagram);
    }

    @Test
    void the_diagram_holds_every_table_and_reference() {
        String diagram = diagram();
        for (Table<?> table : tables()) {
            assertThat(diagram).contains("    " + table.getName() + " {");
            for (ForeignKey<?, ?> key : table.getReferences()) {
                assertThat(diagram).contains(key.getKey().getTable().getName() + " ||--o{ " + table.getName());
            }
        }
    }

    static List<Table<?>> tables() {
        return DefaultSchema.DEFAULT_SCHEMA.getTables().stream()
                .filter(t -> !t.getName().startsWith("flyway_"))
                .sorted(Comparator.comparing(Table::getName))
                .toList();
    }

    static String diagram() {
        StringBuilder out = new StringBuilder("erDiagram\n");
        for (Table<?> table : tables()) {
            UniqueKey<?> primary = table.getPrimaryKey();
            Set<String> primaryColumns = primary == null ? Set.of()
                    : primary.getFields().stream().map(Field::getName).collect(Collectors.toSet());
            Set<String> foreignColumns = table.getReferences().stream()
                    .flatMap(k -> k.getFields().stream()).map(Field::getName).collect(Collectors.toSet());
            out.append("    ").append(table.getName()).append(" {\n");
            for (Field<?> field : table.fields()) {
                String type = field.getDataType().getTypeName().replaceAll("[^a-zA-Z0-9]+", "_");
                String keys = (primaryColumns.contains(field.getName()) ? "PK" : "")
                        + (primaryColumns.contains(field.getName()) && foreignColumns.contains(field.getName()) ? ", " : "")
                        + (foreignColumns.contains(field.getName()) ? "FK" : "");
                out.append("        ").append(type).append(' ').append(field.getName())
                        .append(keys.isEmpty() ? "" : " " + keys).append('\n');
            }
            out.append("    }\n");
        }
        for (Table<?> table : tables()) {
            table.getReferences().stream()
                    .sorted(Comparator.comparing(k -> k.getKey().getTable().getName() + k.getFields()))
                    .forEach(key -> out.append("    ").append(key.getKey().getTable().getName())
                            .append(" ||--o{ ").append(table.getName()).append(" : \"")
                            .append(key.getFields().stream().map(Field::getName).collect(Collectors.joining(", ")))
                            .append("\"\n"));
        }
        return out.toString();
    }
}
