package io.stormwall.coach.internal.language;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

import io.stormwall.coach.internal.NameGrammar;

/**
 * Reads sticky names with Apache OpenNLP's English models. A verdict depends on the words alone, so it is kept per
 * name: a wall is judged again after every change, and only names never seen before cost a tagging.
 *
 * <p>The models take one to two seconds to load, so they are loaded on first use, once for the whole process (every
 * instance shares them, as do the several application contexts a test run starts), not when the server starts.
 */
@Component
public class OpenNlpNameGrammar implements NameGrammar {

    /** Enough for many large boards; past it the cache starts again rather than grow without end. */
    static final int CACHE_LIMIT = 50_000;

    private final Supplier<NameReader> reader;
    private final Map<String, EventReading> events = new ConcurrentHashMap<>();
    private final Map<String, CommandReading> commands = new ConcurrentHashMap<>();

    public OpenNlpNameGrammar() {
        this.reader = Shared::reader;
    }

    OpenNlpNameGrammar(EnglishModels models) {
        NameReader own = new NameReader(models);
        this.reader = () -> own;
    }

    /** Loads the models now if nobody has yet: a warm-up that spares the first reader the wait. */
    @Override
    public void load() {
        reader.get();
    }

    /** The process's one reader, made when the class is first touched: the JVM's class initialisation locks for us. */
    private static final class Shared {
        private static final NameReader READER = new NameReader(new EnglishModels());

        static NameReader reader() {
            return READER;
        }
    }

    @Override
    public EventReading readEvent(String name) {
        return cached(events, name, words -> words.isEmpty()
                ? EventReading.PAST_FACT // a blank sticky says nothing to coach
                : reader.get().readEvent(words));
    }

    @Override
    public CommandReading readCommand(String name) {
        return cached(commands, name, words -> words.isEmpty()
                ? CommandReading.IMPERATIVE
                : reader.get().readCommand(words));
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
