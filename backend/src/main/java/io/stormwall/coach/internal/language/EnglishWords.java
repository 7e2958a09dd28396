package io.stormwall.coach.internal.language;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What the models say about single words, each asked once: names share words ("Payment …", "… Order"), so a word
 * read for one name is known for the next.
 */
final class EnglishWords {

    static final int MEMORY_LIMIT = 50_000;

    /** The model tags a few full verbs as auxiliaries wherever they stand ("issue"); both are verbs here. */
    private static final Set<String> VERB_TAGS = Set.of(EnglishModels.VERB, "AUX");
    private static final List<String> VERB_FRAMES = List.of(
            "we %s", "can %s", "%s it", "%s them", "please %s", "%s your", "and %s the", "never %s", "to %s");

    private final EnglishModels models;
    private final Map<String, Double> verbness = new ConcurrentHashMap<>();
    private final Map<String, String> participleLemmas = new ConcurrentHashMap<>();
    private final Map<String, Boolean> baseForms = new ConcurrentHashMap<>();

    EnglishWords(EnglishModels models) {
        this.models = models;
    }

    /**
     * How readily the tagger takes a word for a verb, whatever name it is in: the mean probability of VERB over a few
     * short frames where a noun would fit as well ("we order", "order it", "never order"). In a sticky name the
     * tagger's context is too thin to tell a verb from a noun; the word's own habits in the training text are not.
     */
    double verbness(String word) {
        return remembered(verbness, word, this::tagAsVerb);
    }

    private double tagAsVerb(String word) {
        double sum = 0;
        for (String frame : VERB_FRAMES) {
            List<String> sentence = List.of(frame.replace("%s", word).split(" "));
            int index = sentence.indexOf(word);
            EnglishModels.Tagging tagging = models.tag(sentence);
            sum += VERB_TAGS.contains(tagging.tag(index)) ? tagging.probability(index) : 0;
        }
        return sum / VERB_FRAMES.size();
    }

    /**
     * "sent" → "send": lemmatised where a participle stands, "it has been sent" (after a bare "was" the lemmatizer
     * also clips nouns: "consent" → "cons").
     */
    String participleLemma(String word) {
        return remembered(participleLemmas, word, w -> models.lemma(
                List.of("it", "has", "been", w), List.of("PRON", "AUX", "AUX", EnglishModels.VERB), 3));
    }

    /** A verb in its dictionary form, as after "to": "send", not "sends", "sent" or "sending". */
    boolean isBaseForm(String word) {
        return remembered(baseForms, word, w -> !w.endsWith("ing")
                && models.lemma(List.of("to", w), List.of("PART", EnglishModels.VERB), 1).equals(w));
    }

    private static <V> V remembered(Map<String, V> memory, String word, Function<String, V> work) {
        V known = memory.get(word);
        if (known == null) {
            if (memory.size() >= MEMORY_LIMIT) {
                memory.clear();
            }
            known = work.apply(word);
            memory.put(word, known);
        }
        return known;
    }
}
