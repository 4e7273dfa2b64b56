package jp.konbini.city.data;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a migration file into statements: at semicolons outside quotes, with {@code --} comments
 * removed (JDBC runs one statement at a time, and a comment could hold a semicolon).
 */
final class SqlScript {

    private SqlScript() {
    }

    static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inQuote = false;
        for (int i = 0; i < script.length(); i++) {
            char c = script.charAt(i);
            if (inQuote) {
                current.append(c);
                inQuote = c != '\'';
            } else if (c == '\'') {
                current.append(c);
                inQuote = true;
            } else if (c == '-' && i + 1 < script.length() && script.charAt(i + 1) == '-') {
                while (i < script.length() && script.charAt(i) != '\n') {
                    i++;
                }
                current.append('\n');
            } else if (c == ';') {
                add(statements, current);
            } else {
                current.append(c);
            }
        }
        add(statements, current);
        return List.copyOf(statements);
    }

    private static void add(List<String> statements, StringBuilder current) {
        String statement = current.toString().strip();
        if (!statement.isEmpty()) {
            statements.add(statement);
        }
        current.setLength(0);
    }
}
