package org.muster.platform;

import org.postgresql.util.PSQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;

import java.util.regex.Pattern;

/**
 * What PostgreSQL refused because of the input (an id that names nothing, a duplicate, a value it
 * cannot hold) as the refusal a user sees, naming the field where the database names the column.
 * The request's transaction rolls back with it, so nothing is half-written. A service should check
 * first; this is the net under the ones that do not.
 */
final class DatabaseRefusals {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseRefusals.class);
    private static final Pattern KEY = Pattern.compile("Key \\(([a-z0-9_]+)[,)]");

    private DatabaseRefusals() {
    }

    static MusterException of(DataIntegrityViolationException e) {
        var cause = postgres(e);
        var state = cause == null ? null : cause.getSQLState();
        var server = cause == null ? null : cause.getServerErrorMessage();
        var field = server == null ? null : field(server.getColumn(), server.getDetail());
        LOG.info("Database refused the input ({}): {}", state, server == null ? e.getMostSpecificCause().getMessage() : server.getMessage());
        if (state == null) return new Invalid(null, "error.invalid");
        return switch (state) {
            case "23503" -> new Invalid(field, field == null ? "error.reference.unknown" : "error.reference.unknown.field", field);
            case "23505" -> new Conflict(field, field == null ? "error.duplicate" : "error.duplicate.field", field);
            case "23502" -> new Invalid(field, field == null ? "error.invalid" : "error.required.field", field);
            default -> new Invalid(field, "error.value.unfit");
        };
    }

    private static PSQLException postgres(Throwable e) {
        for (var cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof PSQLException postgres) return postgres;
        }
        return null;
    }

    /** The column as the API spells fields: {@code member_id} is {@code memberId}. */
    private static String field(String column, String detail) {
        var name = column;
        if (name == null && detail != null) {
            var key = KEY.matcher(detail);
            if (key.find()) name = key.group(1);
        }
        if (name == null) return null;
        var field = new StringBuilder();
        boolean upper = false;
        for (char c : name.toCharArray()) {
            if (c == '_') upper = true;
            else {
                field.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return field.toString();
    }
}
