package org.sitrep.judge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * BERT's uncased tokenizer: the text cleaned, lower-cased and stripped of accents, split into words at
 * white space and punctuation, each word cut into the longest pieces of the vocabulary from its start
 * (WordPiece, {@code ##} before a piece that goes on a word). It does what the HuggingFace tokenizer JSON of
 * all-MiniLM-L6-v2 says (BertNormalizer, BertPreTokenizer, WordPiece, {@code [CLS] … [SEP]}), and what
 * {@code scripts/train-judge.py} does when it trains the judge. Immutable and thread-safe.
 *
 * <p>Where HuggingFace's tokenizer library differs from BERT's original Python, this follows the Python
 * (and so the training script): private-use and unassigned code points are dropped with the other C*
 * characters, and a capital sigma that ends a word lower-cases to ς. Other text tokenizes the same.
 */
public final class WordPieceTokenizer {

    /** A word longer than this many characters is one {@code [UNK]}. */
    static final int MAX_CHARS_PER_WORD = 100;

    private static final String PREFIX = "##";

    private static volatile WordPieceTokenizer base;

    private final Map<String, Integer> vocab;
    private final String[] byId;
    private final int unk;
    private final int cls;
    private final int sep;

    WordPieceTokenizer(Map<String, Integer> vocab) {
        this.vocab = Map.copyOf(vocab);
        int max = -1;
        for (int id : vocab.values()) {
            if (id < 0) {
                throw new IllegalArgumentException("tokenizer vocabulary: negative id " + id);
            }
            max = Math.max(max, id);
        }
        this.byId = new String[max + 1];
        vocab.forEach((piece, id) -> byId[id] = piece);
        this.unk = special(vocab, "[UNK]");
        this.cls = special(vocab, "[CLS]");
        this.sep = special(vocab, "[SEP]");
    }

    private static int special(Map<String, Integer> vocab, String token) {
        Integer id = vocab.get(token);
        if (id == null) {
            throw new IllegalArgumentException("tokenizer vocabulary has no " + token);
        }
        return id;
    }

    /**
     * Reads the vocabulary ({@code model.vocab}, piece → id) of a HuggingFace tokenizer JSON whose model is
     * WordPiece.
     */
    public static WordPieceTokenizer read(InputStream json, String source) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException(source + ": not JSON: " + e.getMessage(), e);
        }
        JsonNode model = root == null ? null : root.get("model");
        if (model == null || !model.isObject()) {
            throw new IllegalArgumentException(source + ": no \"model\" object");
        }
        JsonNode type = model.get("type");
        if (type != null && !"WordPiece".equals(type.asText())) {
            throw new IllegalArgumentException(source + ": model is " + type.asText() + ", not WordPiece");
        }
        JsonNode vocab = model.get("vocab");
        if (vocab == null || !vocab.isObject() || vocab.isEmpty()) {
            throw new IllegalArgumentException(source + ": no \"model.vocab\" object");
        }
        Map<String, Integer> map = new HashMap<>(vocab.size() * 2);
        for (Iterator<Map.Entry<String, JsonNode>> it = vocab.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().canConvertToInt()) {
                throw new IllegalArgumentException(source + ": vocabulary id of '" + e.getKey() + "' is no int");
            }
            map.put(e.getKey(), e.getValue().intValue());
        }
        return new WordPieceTokenizer(map);
    }

    /** The tokenizer of the base model, from its tokenizer JSON on the classpath, read once per process. */
    public static WordPieceTokenizer base() {
        WordPieceTokenizer t = base;
        if (t == null) {
            synchronized (WordPieceTokenizer.class) {
                if (base == null) {
                    try (InputStream in = BaseModel.open(BaseModel.TOKENIZER)) {
                        base = read(in, BaseModel.TOKENIZER);
                    } catch (IOException e) {
                        throw new UncheckedIOException("reading " + BaseModel.TOKENIZER, e);
                    }
                }
                t = base;
            }
        }
        return t;
    }

    /**
     * The ids of {@code [CLS]}, the pieces of {@code text} and {@code [SEP]}, the pieces cut at the end so
     * that there are at most {@code maxTokens} ids in all.
     */
    public int[] encode(String text, int maxTokens) {
        if (maxTokens < 2) {
            throw new IllegalArgumentException("maxTokens " + maxTokens + " leaves no room for [CLS] and [SEP]");
        }
        int room = maxTokens - 2;
        List<Integer> ids = new ArrayList<>();
        for (String word : words(text)) {
            if (ids.size() >= room) {
                break;
            }
            pieces(word, ids);
        }
        int n = Math.min(ids.size(), room);
        int[] out = new int[n + 2];
        out[0] = cls;
        for (int i = 0; i < n; i++) {
            out[i + 1] = ids.get(i);
        }
        out[n + 1] = sep;
        return out;
    }

    /** The pieces that {@link #encode} gives, as strings (for tests and for looking). */
    public List<String> tokens(String text, int maxTokens) {
        List<String> out = new ArrayList<>();
        for (int id : encode(text, maxTokens)) {
            out.add(token(id));
        }
        return out;
    }

    /** The piece of an id, or null if the vocabulary has none. */
    public String token(int id) {
        return id >= 0 && id < byId.length ? byId[id] : null;
    }

    /** The id of a piece, or -1. */
    public int id(String piece) {
        Integer id = vocab.get(piece);
        return id == null ? -1 : id;
    }

    public int size() {
        return vocab.size();
    }

    /**
     * The words the text is cut into before WordPiece: cleaned (control characters, U+0000 and U+FFFD go,
     * white space becomes a space), CJK ideographs spaced, lower-cased, accents stripped (NFD and no
     * non-spacing marks), split at white space, each punctuation character a word of its own.
     */
    static List<String> words(String text) {
        StringBuilder clean = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == 0 || cp == 0xFFFD || isControl(cp)) {
                continue;
            }
            if (isWhitespace(cp)) {
                clean.append(' ');
            } else if (isCjk(cp)) {
                clean.append(' ').appendCodePoint(cp).append(' ');
            } else {
                clean.appendCodePoint(cp);
            }
        }
        String folded = Normalizer.normalize(clean.toString().toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < folded.length(); ) {
            int cp = folded.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.getType(cp) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (isWhitespace(cp)) {
                flush(word, words);
            } else if (isPunctuation(cp)) {
                flush(word, words);
                words.add(new String(Character.toChars(cp)));
            } else {
                word.appendCodePoint(cp);
            }
        }
        flush(word, words);
        return words;
    }

    private static void flush(StringBuilder word, List<String> words) {
        if (word.length() > 0) {
            words.add(word.toString());
            word.setLength(0);
        }
    }

    /** Greedy longest match first; a word with a part that matches nothing is one {@code [UNK]}. */
    private void pieces(String word, List<Integer> out) {
        int[] cps = word.codePoints().toArray();
        if (cps.length > MAX_CHARS_PER_WORD) {
            out.add(unk);
            return;
        }
        int mark = out.size();
        int start = 0;
        while (start < cps.length) {
            int end = cps.length;
            Integer found = null;
            while (start < end) {
                String sub = new String(cps, start, end - start);
                found = vocab.get(start == 0 ? sub : PREFIX + sub);
                if (found != null) {
                    break;
                }
                end--;
            }
            if (found == null) {
                out.subList(mark, out.size()).clear();
                out.add(unk);
                return;
            }
            out.add(found);
            start = end;
        }
    }

    /** Other (C*) but tab, newline and carriage return, which are white space. */
    private static boolean isControl(int cp) {
        if (cp == '\t' || cp == '\n' || cp == '\r') {
            return false;
        }
        switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.PRIVATE_USE, Character.SURROGATE,
                    Character.UNASSIGNED:
                return true;
            default:
                return false;
        }
    }

    private static boolean isWhitespace(int cp) {
        return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r'
                || Character.getType(cp) == Character.SPACE_SEPARATOR
                || Character.isWhitespace(cp);
    }

    static boolean isPunctuation(int cp) {
        if ((cp >= 33 && cp <= 47) || (cp >= 58 && cp <= 64) || (cp >= 91 && cp <= 96) || (cp >= 123 && cp <= 126)) {
            return true;
        }
        switch (Character.getType(cp)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION:
                return true;
            default:
                return false;
        }
    }

    /** The CJK Unified Ideographs blocks and their extensions and compatibility blocks, as BERT has them. */
    private static boolean isCjk(int cp) {
        return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF)
                || (cp >= 0x20000 && cp <= 0x2A6DF) || (cp >= 0x2A700 && cp <= 0x2B73F)
                || (cp >= 0x2B740 && cp <= 0x2B81F) || (cp >= 0x2B820 && cp <= 0x2CEAF)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x2F800 && cp <= 0x2FA1F);
    }
}
