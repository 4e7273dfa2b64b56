package jp.konbini.city.data;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SqlScriptTest {

    @Test
    void splitsAtSemicolonsAndDropsComments() {
        String script = """
                -- a comment; with a semicolon
                CREATE TABLE a (x INT); -- trailing
                CREATE TABLE b (y INT);
                """;

        assertThat(SqlScript.statements(script)).containsExactly("CREATE TABLE a (x INT)", "CREATE TABLE b (y INT)");
    }

    @Test
    void keepsSemicolonsAndDashesInsideQuotes() {
        assertThat(SqlScript.statements("INSERT INTO t VALUES ('a;b--c', 'it''s');"))
                .containsExactly("INSERT INTO t VALUES ('a;b--c', 'it''s')");
    }
}
