package io.stormwall.wall.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.namedparam.AbstractSqlParameterSource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterUtils;
import org.springframework.jdbc.core.namedparam.ParsedSql;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

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

    /**
     * The text with {@code ?} marks and the parameter each mark stands for, of a statement whose parameters are all
     * single values: what a live batch writes. Made once per text; a batch then only looks its values up.
     */
    private record Template(String sql, String[] names) {

        /** Every name stands for itself, so that the order of the marks can be read off. */
        private static final SqlParameterSource NAMES = new AbstractSqlParameterSource() {
            @Override
            public boolean hasValue(String name) {
                return true;
            }

            @Override
            public Object getValue(String name) {
                return name;
            }
        };

        static Template of(String sql) {
            ParsedSql parsed = NamedParameterUtils.parseSqlStatement(sql);
            Object[] names = NamedParameterUtils.buildValueArray(parsed, NAMES, null);
            return new Template(NamedParameterUtils.substituteNamedParameters(parsed, NAMES),
                    Arrays.stream(names).map(String.class::cast).toArray(String[]::new));
        }

        Object[] values(Map<String, ?> params) {
            Object[] values = new Object[names.length];
            for (int i = 0; i < names.length; i++) {
                if (!params.containsKey(names[i])) {
                    throw new InvalidDataAccessApiUsageException("No value supplied for the SQL parameter '" + names[i] + "'");
                }
                values[i] = params.get(names[i]);
            }
            return values;
        }
    }

    private static final Map<String, Template> TEMPLATES = new ConcurrentHashMap<>();

    /** A statement written with named parameters ({@code :name}, lists expanded as {@code JdbcClient} does). */
    static Statement named(String sql, Map<String, ?> params, Rows rows, Count count) {
        if (params.values().stream().noneMatch(value -> value instanceof Iterable<?> || value instanceof SqlParameterValue)) {
            Template template = TEMPLATES.get(sql);
            if (template == null) {
                template = Template.of(sql);
                if (TEMPLATES.size() < PARSED_KEPT) {
                    TEMPLATES.put(sql, template);
                }
            }
            return new Statement(template.sql(), template.values(params), rows, count);
        }
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
