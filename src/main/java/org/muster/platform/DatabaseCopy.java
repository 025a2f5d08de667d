package org.muster.platform;

import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Carries Muster's database from an old PostgreSQL server to a new, empty one, as a dump and restore
 * would: the schema comes from Muster's own migrations, applied up to the version the old database
 * has reached, then every table's rows are streamed with COPY in one transaction and the sequences
 * are set where they were. Anything it could not carry (a table or a database Muster's migrations
 * did not make) is refused before any row is copied, so nothing is dropped silently.
 */
final class DatabaseCopy {

    record Copied(int tables, long rows) {}

    /** A table by its quoted, schema-qualified name, with its stored (not generated) columns, quoted. */
    private record Table(String name, List<String> columns) {
        String columnList() {
            return String.join(", ", columns);
        }
    }

    /** Relations of the database itself: not the system's, not an extension's. */
    private static final String OWN = """
            n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\\_%'
              and not exists (select 1 from pg_depend d
                              where d.classid = 'pg_class'::regclass and d.objid = c.oid and d.deptype = 'e')""";

    private final DataSource from;
    private final DataSource to;
    private final String[] migrations;

    DatabaseCopy(DataSource from, DataSource to, String[] migrations) {
        this.from = from;
        this.to = to;
        this.migrations = migrations;
    }

    Copied run() throws SQLException {
        var reached = Flyway.configure().dataSource(from).locations(migrations).load().info().current();
        if (reached != null) {
            Flyway.configure().dataSource(to).locations(migrations).target(reached.getVersion()).load().migrate();
        }
        try (var source = from.getConnection(); var sink = to.getConnection()) {
            // One snapshot of the old database, so the rows and the sequences agree with each other.
            source.setAutoCommit(false);
            source.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            source.setReadOnly(true);
            sink.setAutoCommit(false);
            var old = JdbcClient.create(new SingleConnectionDataSource(source, true));
            var target = JdbcClient.create(new SingleConnectionDataSource(sink, true));

            var tables = tables(old);
            var sequences = sequences(old);
            refuseWhatCannotBeCarried(old, target, tables, sequences);

            // Rows arrive in any order and the old database already held every rule, so triggers and
            // foreign-key checks stay off; rows that migrations inserted are replaced by the old ones.
            target.sql("set local session_replication_role = replica").update();
            if (!tables.isEmpty()) {
                target.sql("truncate " + String.join(", ", tables.stream().map(Table::name).toList())).update();
            }
            var reading = source.unwrap(PGConnection.class).getCopyAPI();
            var writing = sink.unwrap(PGConnection.class).getCopyAPI();
            var copied = new HashMap<String, Long>();
            for (var table : tables) copied.put(table.name(), copy(table, reading, writing));
            for (var sequence : sequences) {
                var position = old.sql("select last_value, is_called from " + sequence)
                        .query((rs, n) -> Map.entry(rs.getLong(1), rs.getBoolean(2))).single();
                target.sql("select setval(cast(:sequence as regclass), :value, :called)")
                        .param("sequence", sequence).param("value", position.getKey()).param("called", position.getValue())
                        .query(Long.class).single();
            }
            keepFeedOrder(target);
            sink.commit();

            for (var table : tables) {
                long before = old.sql("select count(*) from " + table.name()).query(Long.class).single();
                long after = target.sql("select count(*) from " + table.name()).query(Long.class).single();
                if (before != after || after != copied.get(table.name())) {
                    throw new IllegalStateException("the table " + table.name() + " has " + before
                            + " rows on the old server but " + after + " after the copy");
                }
            }
            source.commit();
            sink.commit();
            // Fresh statistics, or the first queries on the new server are planned without any.
            sink.setAutoCommit(true);
            target.sql("analyze").update();
            return new Copied(tables.size(), copied.values().stream().mapToLong(Long::longValue).sum());
        }
    }

    /**
     * The change feed orders events by the id of the transaction that wrote them, and the new server
     * counts transactions from a low id again: its events would sort before the copied ones, and
     * readers that have passed those would never see them. The clock's offset puts them after.
     */
    private static void keepFeedOrder(JdbcClient target) {
        if (!target.sql("select to_regclass('feed_clock') is not null").query(Boolean.class).single()) return;
        target.sql("update feed_clock set xact_offset = (select coalesce(max(xact), 0) + 1 from domain_events)").update();
    }

    private static void refuseWhatCannotBeCarried(JdbcClient old, JdbcClient target, List<Table> tables, List<String> sequences) {
        var otherDatabases = old.sql("""
                select datname from pg_database
                where not datistemplate and datname <> current_database() order by datname""")
                .query(String.class).list();
        if (!otherDatabases.isEmpty()) {
            throw new IllegalStateException("the server also holds the databases " + otherDatabases
                    + ", which Muster did not make and the upgrade would not carry over");
        }
        var targetColumns = new HashMap<String, List<String>>();
        tables(target).forEach(t -> targetColumns.put(t.name(), t.columns()));
        for (var table : tables) {
            var columns = targetColumns.get(table.name());
            if (columns == null || !columns.containsAll(table.columns())) {
                throw new IllegalStateException("the table " + table.name()
                        + " was not made by Muster's migrations, and the upgrade would not carry it over");
            }
        }
        var targetSequences = Set.copyOf(sequences(target));
        for (var sequence : sequences) {
            if (!targetSequences.contains(sequence)) {
                throw new IllegalStateException("the sequence " + sequence
                        + " was not made by Muster's migrations, and the upgrade would not carry it over");
            }
        }
    }

    private static List<Table> tables(JdbcClient db) {
        return db.sql("""
                select quote_ident(n.nspname) || '.' || quote_ident(c.relname),
                       array_agg(quote_ident(a.attname) order by a.attnum)
                from pg_class c
                join pg_namespace n on n.oid = c.relnamespace
                join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
                where c.relkind = 'r' and %s
                group by n.nspname, c.relname
                order by 1""".formatted(OWN))
                .query((rs, n) -> new Table(rs.getString(1), List.of((String[]) rs.getArray(2).getArray())))
                .list();
    }

    private static List<String> sequences(JdbcClient db) {
        return db.sql("""
                select quote_ident(n.nspname) || '.' || quote_ident(c.relname)
                from pg_class c
                join pg_namespace n on n.oid = c.relnamespace
                where c.relkind = 'S' and %s
                order by 1""".formatted(OWN))
                .query(String.class).list();
    }

    /** Streams one table's rows, in COPY's text format (stable across PostgreSQL versions). */
    private static long copy(Table table, CopyManager reading, CopyManager writing) throws SQLException {
        var out = reading.copyOut("copy " + table.name() + " (" + table.columnList() + ") to stdout");
        var in = writing.copyIn("copy " + table.name() + " (" + table.columnList() + ") from stdin");
        try {
            byte[] chunk;
            while ((chunk = out.readFromCopy()) != null) in.writeToCopy(chunk, 0, chunk.length);
            return in.endCopy();
        } finally {
            if (in.isActive()) in.cancelCopy();
            if (out.isActive()) out.cancelCopy();
        }
    }
}
