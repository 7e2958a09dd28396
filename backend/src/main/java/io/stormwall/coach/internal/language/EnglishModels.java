package io.stormwall.coach.internal.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;

/**
 * Apache OpenNLP's published English models (trained on the Universal Dependencies English Web Treebank): a
 * part-of-speech tagger that gives universal tags (VERB, NOUN, AUX, ...) with their probabilities, and a lemmatizer
 * that turns "sent" into "send" and "paid" into "pay". Loaded once; the tagger and lemmatizer keep per-call state, so
 * calls are serialised (names are judged once each and cached, so they are rare).
 */
final class EnglishModels {

    static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    static final String LEMMA_MODEL = "/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";
    static final String VERB = "VERB";

    /** Tags of a sentence with the probability the tagger gives each. */
    record Tagging(List<String> words, List<String> tags, double[] probabilities) {

        String tag(int index) {
            return tags.get(index);
        }

        double probability(int index) {
            return probabilities[index];
        }
    }

    private final POSTaggerME tagger;
    private final LemmatizerME lemmatizer;
    private long calls;

    EnglishModels() {
        POSModel posModel = load(POS_MODEL, POSModel::new);
        LemmatizerModel lemmaModel = load(LEMMA_MODEL, LemmatizerModel::new);
        this.tagger = new POSTaggerME(posModel, POSTagFormat.UD);
        this.lemmatizer = new LemmatizerME(lemmaModel);
    }

    synchronized Tagging tag(List<String> words) {
        calls++;
        String[] tokens = words.toArray(String[]::new);
        String[] tags = tagger.tag(tokens);
        return new Tagging(List.copyOf(words), List.of(tags), tagger.probs().clone());
    }

    /**
     * The dictionary form of one word of a tagged sentence: "sent" → "send", "shipped" → "ship". The lemmatizer reads
     * its neighbours too, so a word is lemmatised inside a frame that fits the form asked about.
     */
    synchronized String lemma(List<String> words, List<String> tags, int index) {
        calls++;
        return lemmatizer.lemmatize(words.toArray(String[]::new), tags.toArray(String[]::new))[index];
    }

    /** How often the models have been asked anything: what a name costs is counted here. */
    synchronized long calls() {
        return calls;
    }

    private interface ModelReader<M> {
        M read(InputStream in) throws IOException;
    }

    private static <M> M load(String resource, ModelReader<M> reader) {
        // the models' jars put each model at the root of the class path under its file name
        try (InputStream in = EnglishModels.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("English model " + resource + " is not on the class path");
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("English model " + resource + " cannot be read", e);
        }
    }
}
