package io.stormwall.coach.internal.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.stormwall.coach.internal.NameGrammar.CommandReading;
import io.stormwall.coach.internal.NameGrammar.EventReading;

/**
 * Reads a name the way a facilitator does. An event is a fact when a verb after its subject is in a past form
 * ("Box Shipped", "Payment Retry Scheduled"); a command is an intention when it opens with a verb in its base form
 * ("Send Invoice"). The tagger finds the verb, the lemmatizer says which form it is in: a verb whose form differs
 * from its lemma is past unless it is the -s or -ing form, so irregular pasts ("Sent", "Paid", "Bought") need no list.
 */
final class NameReader {

    /** Verbs that only say stored data changed: a fact with one of these as its verb tells the reader nothing. */
    static final Set<String> DATA_CHANGE_VERBS = Set.of(
            "update", "change", "modify", "edit", "save", "set", "alter", "store", "persist", "insert", "delete",
            "upsert", "overwrite", "patch");

    /**
     * English verbs whose past participle is their base form: the lemmatizer rightly leaves them as they are, so
     * the form alone cannot say "Price Set" is past. A lexical fact of English, not a spelling rule.
     */
    static final Set<String> UNCHANGED_PARTICIPLES = Set.of(
            "set", "reset", "preset", "put", "cut", "shut", "hit", "let", "quit", "split", "spread", "cast",
            "broadcast", "forecast", "cost", "bid", "outbid", "bet", "upset", "read", "reread", "rid", "shed",
            "burst", "hurt", "input", "output", "offset", "sublet", "undercut", "beset", "thrust", "slit");

    private static final Set<String> VERB_LIKE = Set.of(EnglishModels.VERB, "AUX", "ADJ");
    /** What a phrasal verb's particle is tagged: "went on", "went out", "came back". */
    private static final Set<String> PARTICLE_TAGS = Set.of("ADP", "ADV", "PART");
    /**
     * Below this a command's first word is a noun or an adjective ("Customer Registration", "New Order"). Tuned on
     * the labelled list: higher floors start taking verbs the corpus mostly saw as nouns ("Ship", "Archive").
     */
    static final double VERB_FLOOR = 0.15;
    /** A word alone has no object to make it a verb, so it has to read as one more often ("Refund", "Cancellation"). */
    static final double LONE_VERB_FLOOR = 0.3;

    private final EnglishModels models;
    private final EnglishWords english;
    private final WordNet dictionary;

    NameReader(EnglishModels models) {
        this(models, WordNet.english());
    }

    NameReader(EnglishModels models, WordNet dictionary) {
        this.models = models;
        this.english = new EnglishWords(models);
        this.dictionary = dictionary;
    }

    EventReading readEvent(NameWords name) {
        List<EventPart> parts = name.parts().stream().map(this::readEventPart).toList();
        if (parts.stream().allMatch(part -> part == EventPart.NO_VERB)) {
            return EventReading.NOT_PAST_TENSE;
        }
        if (parts.contains(EventPart.NOT_PAST)) {
            return EventReading.NOT_PAST_TENSE;
        }
        return parts.contains(EventPart.DATA_CHANGE) ? EventReading.CRUD : EventReading.PAST_FACT;
    }

    CommandReading readCommand(NameWords name) {
        List<List<String>> parts = name.parts();
        // "Pause / Resume": the slash says each word is one of several actions, so it need not stand alone
        double loneFloor = parts.size() > 1 ? VERB_FLOOR : LONE_VERB_FLOOR;
        if (!isImperative(parts.get(0), loneFloor)) {
            return CommandReading.NOT_IMPERATIVE;
        }
        for (List<String> part : parts.subList(1, parts.size())) {
            // "Accept Terms & Conditions": a part without a verb is more object, not a second command
            if (!isImperative(part, loneFloor) && readEventPart(part) != EventPart.NO_VERB) {
                return CommandReading.NOT_IMPERATIVE;
            }
        }
        return CommandReading.IMPERATIVE;
    }

    private enum EventPart { PAST, DATA_CHANGE, NOT_PAST, NO_VERB }

    private EventPart readEventPart(List<String> words) {
        List<String> sentence = new ArrayList<>(List.of("the"));
        sentence.addAll(words);
        EnglishModels.Tagging tagging = models.tag(sentence);
        boolean sawVerb = false;
        // the verb of a fact follows its subject; a single word may be the bare participle ("… / Resumed")
        for (int i = Math.min(1, words.size() - 1); i < words.size(); i++) {
            if (!VERB_LIKE.contains(tagging.tag(i + 1))) {
                if (isPastBeforeParticle(words, tagging, i)) {
                    return EventPart.PAST;
                }
                continue;
            }
            String word = words.get(i);
            String lemma = participleLemma(word);
            if (isPastForm(word, lemma)) {
                return DATA_CHANGE_VERBS.contains(lemma) ? EventPart.DATA_CHANGE : EventPart.PAST;
            }
            sawVerb |= tagging.tag(i + 1).equals(EnglishModels.VERB);
        }
        EventPart last = readLastWordAsParticiple(words);
        if (last != null) {
            return last;
        }
        return sawVerb ? EventPart.NOT_PAST : EventPart.NO_VERB;
    }

    /**
     * "Understudy Went On", "Power Went Out": the tagger takes a past form it met mostly in running prose for a noun
     * when a particle follows it. A word WordNet lists as an irregular past of a verb, and has as no noun, is the
     * verb all the same ("Understudy Goes On" stays present: "goes" is irregular, but no past).
     */
    private boolean isPastBeforeParticle(List<String> words, EnglishModels.Tagging tagging, int i) {
        if (i + 1 >= words.size() || !PARTICLE_TAGS.contains(tagging.tag(i + 2))) {
            return false;
        }
        String word = words.get(i);
        return dictionary.isIrregularVerbForm(word)
                && dictionary.verbOfPastForm(word).filter(lemma -> isPastForm(word, lemma)).isPresent();
    }

    /**
     * The tagger sometimes takes a participle at the end of a noun string for one more noun ("Password Reset"); put
     * it where only a participle or an adjective fits ("the password was reset") and ask again.
     */
    private EventPart readLastWordAsParticiple(List<String> words) {
        List<String> sentence = new ArrayList<>(List.of("the"));
        sentence.addAll(words.subList(0, words.size() - 1));
        sentence.add("was");
        String word = words.get(words.size() - 1);
        sentence.add(word);
        EnglishModels.Tagging tagging = models.tag(sentence);
        if (!VERB_LIKE.contains(tagging.tag(sentence.size() - 1))) {
            return null;
        }
        String lemma = participleLemma(word);
        if (!isPastForm(word, lemma)) {
            return null;
        }
        return DATA_CHANGE_VERBS.contains(lemma) ? EventPart.DATA_CHANGE : EventPart.PAST;
    }

    /**
     * The verb a participle comes from: the lemmatizer's answer, or, for a word its training text never met ("unlocked",
     * "withheld"), the verb WordNet's morphology finds for it in WordNet's own verb index.
     */
    private String participleLemma(String word) {
        String lemma = english.participleLemma(word);
        return lemma.equals(word) ? dictionary.verbOfPastForm(word).orElse(word) : lemma;
    }

    private static boolean isPastForm(String word, String lemma) {
        if (word.equals(lemma)) {
            return UNCHANGED_PARTICIPLES.contains(word);
        }
        return !word.endsWith("s") && !word.endsWith("ing");
    }

    private boolean isImperative(List<String> words, double loneFloor) {
        String first = words.get(0);
        if (!english.isBaseForm(first)) {
            return false;
        }
        // "Offer Withdrawn": an irregular form of a verb right after its subject makes a fact
        if (words.size() > 1 && dictionary.isIrregularVerbForm(words.get(1))) {
            return false;
        }
        if (!opensWithAVerb(words) && !actsOnSomeoneOrSomething(words)) {
            return false;
        }
        if (words.size() == 1) {
            return english.verbness(first) >= loneFloor;
        }
        return !readsAsFact(words);
    }

    private boolean opensWithAVerb(List<String> words) {
        String first = words.get(0);
        // the dictionary knows the word, and never as a verb: "Driver Assignment", "Password Reset"
        if (dictionary.knows(first) && !dictionary.isVerb(first)) {
            return false;
        }
        // a verb the tagger mostly saw as a noun still opens an order if the dictionary mostly met it as a verb
        return english.verbness(first) >= VERB_FLOOR || opensWithPhrasalVerb(words) || dictionary.mostlyVerb(first);
    }

    /**
     * "Triage Patient", "Onboard Employee", "Load Container": a name that ends on someone or something, never on
     * an act, can't be the name of an action, so a first word in its base form is the order's verb, however rarely
     * the tagger or the dictionary met it as one.
     */
    private boolean actsOnSomeoneOrSomething(List<String> words) {
        return words.size() > 1 && dictionary.namesSomeoneOrSomething(words.get(words.size() - 1));
    }

    /** "Invoice Sent", "Order Placed By Customer": a subject and a participle right after it. */
    private boolean readsAsFact(List<String> words) {
        List<String> sentence = new ArrayList<>(List.of("the"));
        sentence.addAll(words);
        EnglishModels.Tagging tagging = models.tag(sentence);
        String word = words.get(1);
        return VERB_LIKE.contains(tagging.tag(2)) && isPastForm(word, participleLemma(word));
    }

    /** "Top Up Balance", "Check In Guest": a verb and its particle, however rarely the verb stands alone. */
    private boolean opensWithPhrasalVerb(List<String> words) {
        if (words.size() < 2) {
            return false;
        }
        List<String> sentence = new ArrayList<>(List.of("please"));
        sentence.addAll(words);
        EnglishModels.Tagging tagging = models.tag(sentence);
        return tagging.tag(1).equals(EnglishModels.VERB) && tagging.tag(2).equals("ADP")
                && (words.size() == 2 || !tagging.tag(3).equals("DET"));
    }
}
