package org.muster.platform;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;

/**
 * Rows streamed into a table with PostgreSQL's COPY on the connection of the transaction in progress: the
 * bulk path of imports, where even batched inserts cost the server a statement per row. While a copy is
 * open its connection runs nothing else, so callers look up what the rows need before they open it.
 */
@Component
public class CopyRows {

    private static final int FLUSH_AT = 1 << 16;

    private final DataSource dataSource;

    CopyRows(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Opens {@code copy <table> (<columns>) from stdin}; end it with {@link Copy#finish()}, inside try-with-resources. */
    public Copy into(String table, String columns) {
        var sql = "copy " + table + " (" + columns + ") from stdin";
        try {
            var connection = DataSourceUtils.getConnection(dataSource);
            return new Copy(sql, connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql));
        } catch (SQLException e) {
            throw new UncategorizedSQLException("copy", sql, e);
        }
    }

    /** One COPY in progress; values are strings, numbers, booleans, timestamps, collections of strings (arrays) or null. */
    public static final class Copy implements AutoCloseable {
        private final String sql;
        private final CopyIn in;
        private final StringBuilder buffer = new StringBuilder(FLUSH_AT + 4096);

        private Copy(String sql, CopyIn in) {
            this.sql = sql;
            this.in = in;
        }

        public void row(Object... values) {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) buffer.append('\t');
                value(values[i]);
            }
            buffer.append('\n');
            if (buffer.length() >= FLUSH_AT) flush();
        }

        /** Ends the copy; returns the number of rows written. */
        public long finish() {
            flush();
            try {
                return in.endCopy();
            } catch (SQLException e) {
                throw new UncategorizedSQLException("copy", sql, e);
            }
        }

        /** A copy left unfinished (an exception on the way) is cancelled, so the transaction rolls back cleanly. */
        @Override
        public void close() {
            if (!in.isActive()) return;
            try {
                in.cancelCopy();
            } catch (SQLException e) {
                throw new UncategorizedSQLException("copy", sql, e);
            }
        }

        private void value(Object value) {
            switch (value) {
                case null -> buffer.append("\\N");
                case String text -> text(text);
                case Timestamp timestamp -> buffer.append(timestamp.toInstant());
                case Collection<?> array -> {
                    var literal = new StringBuilder("{");
                    for (var element : array) {
                        if (literal.length() > 1) literal.append(',');
                        literal.append('"').append(element.toString().replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
                    }
                    text(literal.append('}').toString());
                }
                default -> buffer.append(value);
            }
        }

        /** COPY's text format: backslash, tab and line breaks escaped. */
        private void text(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                switch (c) {
                    case '\\' -> buffer.append("\\\\");
                    case '\t' -> buffer.append("\\t");
                    case '\n' -> buffer.append("\\n");
                    case '\r' -> buffer.append("\\r");
                    default -> buffer.append(c);
                }
            }
        }

        private void flush() {
            if (buffer.isEmpty()) return;
            var bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
            buffer.setLength(0);
            try {
                in.writeToCopy(bytes, 0, bytes.length);
            } catch (SQLException e) {
                throw new UncategorizedSQLException("copy", sql, e);
            }
        }
    }
}
