package io.stormwall.coach.internal.language;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import io.stormwall.coach.internal.NameGrammar;

/**
 * Reads sticky names with Apache OpenNLP's English models. A verdict depends on the words alone, so it is kept per
 * name: a wall is judged again after every change, and only names never seen before cost a tagging.
 */
@Component
public class OpenNlpNameGrammar implements NameGrammar {

    /** Enough for many large boards; past it the cache starts again rather than grow without end. */
    static final int CACHE_LIMIT = 50_000;

    private final NameReader reader;
    private final Map<String, EventReading> events = new ConcurrentHashMap<>();
    private final Map<String, CommandReading> commands = new ConcurrentHashMap<>();

    public OpenNlpNameGrammar() {
        this(new EnglishModels());
    }

    OpenNlpNameGrammar(EnglishModels models) {
        this.reader = new NameReader(models);
    }

    @Override
    public EventReading readEvent(String name) {
        return cached(events, name, words -> words.isEmpty()
                ? EventReading.PAST_FACT // a blank sticky says nothing to coach
                : reader.readEvent(words));
    }

    @Override
    public CommandReading readCommand(String name) {
        return cached(commands, name, words -> words.isEmpty()
                ? CommandReading.IMPERATIVE
                : reader.readCommand(words));
    }

    /** Keyed by the name as written: a hit costs one hash lookup, no splitting into words. */
    private static <R> R cached(Map<String, R> cache, String name, Function<NameWords, R> read) {
        String key = name == null ? "" : name;
        R known = cache.get(key);
        if (known != null) {
            return known;
        }
        if (cache.size() >= CACHE_LIMIT) {
            cache.clear();
        }
        R reading = read.apply(NameWords.of(key));
        cache.put(key, reading);
        return reading;
    }
}
