package io.stormwall.wall.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterUtils;
import org.springframework.jdbc.core.namedparam.ParsedSql;

/**
 * One SQL statement, its parameters in the order of its {@code ?} marks, and what is done with its answer: its rows
 * ({@link Rows}) or how many rows it changed ({@link Count}). Statements are sent to PostgreSQL several at a time by
 * {@link RoundTrips}.
 */
record Statement(String sql, Object[] params, Rows rows, Count count) {

    @FunctionalInterface
    interface Rows {
        void read(ResultSet rs) throws SQLException;
    }

    @FunctionalInterface
    interface Count {
        void changed(int rows);
    }

    /**
     * Each text's parse, kept: the live path writes the same few statements for every batch, and parsing one again
     * each time was a good part of a batch's own work on the server.
     */
    private static final Map<String, ParsedSql> PARSED = new ConcurrentHashMap<>();
    /** Beyond this many texts (statements built with values in their text) parses are no longer kept. */
    private static final int PARSED_KEPT = 512;

    /** A statement written with named parameters ({@code :name}, lists expanded as {@code JdbcClient} does). */
    static Statement named(String sql, Map<String, ?> params, Rows rows, Count count) {
        MapSqlParameterSource source = new MapSqlParameterSource(params);
        ParsedSql parsed = PARSED.get(sql);
        if (parsed == null) {
            parsed = NamedParameterUtils.parseSqlStatement(sql);
            if (PARSED.size() < PARSED_KEPT) {
                PARSED.put(sql, parsed);
            }
        }
        List<Object> values = new ArrayList<>();
        for (Object value : NamedParameterUtils.buildValueArray(parsed, source, null)) {
            flatten(value, values);
        }
        return new Statement(NamedParameterUtils.substituteNamedParameters(parsed, source), values.toArray(), rows, count);
    }

    /** A list stands for as many marks as it has items, a tuple ({@code Object[]}) in it for as many as it has. */
    private static void flatten(Object value, List<Object> into) {
        if (value instanceof Collection<?> items) {
            for (Object item : items) {
                if (item instanceof Object[] tuple) {
                    into.addAll(Arrays.asList(tuple));
                } else {
                    into.add(item);
                }
            }
        } else {
            into.add(value);
        }
    }

    /** A write whose answer nobody needs. */
    static Statement write(String sql, Map<String, ?> params) {
        return named(sql, params, null, null);
    }
}
