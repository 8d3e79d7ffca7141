package org.sitrep.events;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.dict.DictionaryException;
import org.sitrep.dict.DictionaryLines;
import org.sitrep.dict.Words;

/**
 * A verb dictionary in the PETRARCH format (CAMEO.2.0, the validation suite's, ours): synonym sets,
 * verb blocks with their verbs, codes and patterns, and the transformations at its end.
 * Several files may be added; a verb defined twice keeps both entries (the later file first).
 */
public final class VerbDictionary {

    private static final Pattern BLOCK = Pattern.compile("^---\\s*(.*?)\\s*\\[([^\\]]*)\\]\\s*---.*$");
    private static final Pattern BLOCK_NO_CODE = Pattern.compile("^---\\s*(.*?)\\s*---.*$");
    private static final Pattern CODE = Pattern.compile("\\[([^\\]]*)\\]\\s*$");

    private final Map<String, List<VerbEntry>> byVerb = new HashMap<>();
    private final Map<String, Synset> synsets = new HashMap<>();
    /** Each synset's phrases by their first word, for {@link #matchSynset}. */
    private final Map<String, Map<String, List<List<String>>>> synsetsByFirstWord = new HashMap<>();
    private final List<VerbBlock> blocks = new ArrayList<>();
    private final List<String> transformations = new ArrayList<>();

    /** A synonym set: its phrases (words upper case) and the sets it includes. */
    public record Synset(String name, List<List<String>> phrases, List<String> includes) {
    }

    /** Reads the verb files of a set. */
    public static VerbDictionary load(org.sitrep.dict.DictionaryFiles files) {
        VerbDictionary d = new VerbDictionary();
        org.sitrep.dict.DictionaryFiles.readAll(files.verbs(), d::add);
        return d;
    }

    public void add(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            add(in, file.getFileName().toString());
        } catch (IOException e) {
            throw new DictionaryException(file + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    public List<VerbEntry> entries(String verb) {
        List<VerbEntry> e = byVerb.get(verb.toLowerCase(Locale.ROOT));
        return e == null ? List.of() : e;
    }

    public boolean isVerb(String word) {
        return byVerb.containsKey(word.toLowerCase(Locale.ROOT));
    }

    public Synset synset(String name) {
        return synsets.get(name);
    }

    public List<VerbBlock> blocks() {
        return Collections.unmodifiableList(blocks);
    }

    public List<String> transformations() {
        return Collections.unmodifiableList(transformations);
    }

    /**
     * Whether a word sequence starting at {@code from} is a phrase of the synset (or of a set it
     * includes); returns the number of words matched, 0 for none. Words must be upper case.
     */
    public int matchSynset(String name, List<String> words, int from) {
        return matchSynset(name, words, from, 0);
    }

    private int matchSynset(String name, List<String> words, int from, int depth) {
        Synset s = synsets.get(name);
        if (s == null || depth > 4) {
            return 0;
        }
        int best = 0;
        List<List<String>> candidates = from < words.size()
                ? synsetsByFirstWord.getOrDefault(name, Map.of()).getOrDefault(words.get(from), List.of()) : List.of();
        for (List<String> p : candidates) {
            if (from + p.size() <= words.size() && p.size() > best) {
                boolean ok = true;
                for (int i = 0; i < p.size(); i++) {
                    if (!p.get(i).equals(words.get(from + i))) {
                        ok = false;
                        break;
                    }
                }
                if (ok) {
                    best = p.size();
                }
            }
        }
        for (String inc : s.includes()) {
            best = Math.max(best, matchSynset(inc, words, from, depth + 1));
        }
        return best;
    }

    private void putSynset(Synset s) {
        synsets.put(s.name(), s);
        Map<String, List<List<String>>> byFirst = new HashMap<>();
        for (List<String> p : s.phrases()) {
            if (!p.isEmpty()) {
                byFirst.computeIfAbsent(p.get(0), k -> new java.util.ArrayList<>()).add(p);
            }
        }
        synsetsByFirstWord.put(s.name(), byFirst);
    }

    public void add(InputStream in, String name) {
        List<DictionaryLines.Line> lines = DictionaryLines.read(in, name);
        VerbBlock block = null;
        String synsetName = null;
        boolean synsetNoPlural = false;
        List<List<String>> synsetPhrases = null;
        List<String> synsetIncludes = null;
        Map<String, List<VerbEntry>> added = new HashMap<>();
        for (DictionaryLines.Line line : lines) {
            String text = line.text().strip();
            if (text.isEmpty() && line.comment() != null) {
                continue; // a line of comment only ("&CURRENCY", "# ...", "+MONEY") ends no synonym set
            }
            if (synsetName != null && (text.isEmpty() || !text.startsWith("+"))) {
                putSynset(new Synset(synsetName, synsetPhrases, synsetIncludes));
                synsetName = null;
            }
            if (text.isEmpty()) {
                continue;
            }
            if (text.startsWith("~")) {
                transformations.add(text);
                continue;
            }
            if (text.startsWith("&")) {
                String label = text.substring(1).split("\\s+")[0];
                synsetNoPlural = label.endsWith("_");
                synsetName = label.replaceAll("_+$", "").toUpperCase(Locale.ROOT);
                synsetPhrases = new ArrayList<>();
                synsetIncludes = new ArrayList<>();
                block = null;
                continue;
            }
            if (synsetName != null) {
                String member = text.substring(1).strip();
                if (member.startsWith("&")) {
                    synsetIncludes.add(member.substring(1).replaceAll("_+$", "").toUpperCase(Locale.ROOT));
                    continue;
                }
                boolean noPlural = synsetNoPlural || member.endsWith("_");
                List<String> words = Words.phrase(member);
                if (!words.isEmpty()) {
                    synsetPhrases.add(words);
                    if (!noPlural) {
                        List<String> pl = new ArrayList<>(words);
                        pl.set(pl.size() - 1, Words.plural(pl.get(pl.size() - 1)));
                        if (!pl.equals(words)) {
                            synsetPhrases.add(pl);
                        }
                    }
                }
                continue;
            }
            if (text.startsWith("---")) {
                Matcher m = BLOCK.matcher(text);
                if (m.matches()) {
                    block = new VerbBlock(m.group(1).strip(), VerbCode.parse(m.group(2)), name);
                } else {
                    Matcher n = BLOCK_NO_CODE.matcher(text);
                    block = new VerbBlock(n.matches() ? n.group(1).strip() : text, VerbCode.NULL, name);
                }
                blocks.add(block);
                continue;
            }
            if (text.startsWith("-")) {
                if (block == null) {
                    throw new DictionaryException(name + ":" + line.number() + ": a pattern outside any verb block");
                }
                VerbPattern p = parsePattern(text.substring(1).strip(), line.number());
                if (p != null) {
                    String origin = line.comment() == null ? null : line.comment().strip();
                    block.add(origin != null && origin.matches("[A-Z][A-Z_]*")
                            ? new VerbPattern(p.before(), p.after(), p.verbJoined(), p.code(), p.line(), origin) : p);
                }
                continue;
            }
            if (block == null) {
                // verbs before the first block (old files): a block of their own
                block = new VerbBlock(text.split("[\\s\\[{]+")[0], VerbCode.NULL, name);
                blocks.add(block);
            }
            for (VerbEntry e : parseVerb(text, block, name, line.number())) {
                added.computeIfAbsent(e.verb(), k -> new ArrayList<>()).add(e);
            }
        }
        if (synsetName != null) {
            putSynset(new Synset(synsetName, synsetPhrases, synsetIncludes));
        }
        for (VerbBlock b : blocks) {
            b.sortPatterns();
        }
        for (var e : added.entrySet()) {
            List<VerbEntry> list = byVerb.computeIfAbsent(e.getKey(), k -> new ArrayList<>());
            list.addAll(0, e.getValue());
        }
    }

    private static List<VerbEntry> parseVerb(String text, VerbBlock block, String name, int lineNo) {
        String t = text;
        VerbCode code = block.code();
        Matcher c = CODE.matcher(t);
        if (c.find()) {
            code = VerbCode.parse(c.group(1));
            t = t.substring(0, c.start()).strip();
        }
        List<String> irregular = new ArrayList<>();
        int brace = t.indexOf('{');
        if (brace >= 0) {
            int close = t.indexOf('}', brace);
            for (String f : t.substring(brace + 1, close < 0 ? t.length() : close).split("\\s+")) {
                if (!f.isBlank()) {
                    irregular.add(f.strip());
                }
            }
            t = t.substring(0, brace).strip();
        }
        if (t.isEmpty()) {
            return List.of();
        }
        Set<String> forms = new LinkedHashSet<>();
        forms.add(t.split("\\s+")[0]);
        forms.addAll(irregular);
        for (String form : forms) {
            block.addVerb(form, t.split("\\s+")[0]);
        }
        List<VerbEntry> out = new ArrayList<>();
        VerbEntry base = null;
        for (String form : forms) {
            VerbEntry e = entry(form, code, block);
            if (e == null) {
                continue;
            }
            if (base == null) {
                base = e;
                out.add(e);
            } else if (!e.verb().equals(base.verb())) {
                // an irregular form is looked up by its own spelling, under the base verb's entry
                out.add(new VerbEntry(e.verb(), e.before(), e.after(), code, block));
            }
        }
        return out;
    }

    private static VerbEntry entry(String form, VerbCode code, VerbBlock block) {
        String[] parts = form.split("_+");
        int verbAt = 0;
        for (int i = 0; i < parts.length; i++) {
            if (parts[i].startsWith("+")) {
                verbAt = i;
                break;
            }
        }
        List<String> before = new ArrayList<>();
        List<String> after = new ArrayList<>();
        String verb = null;
        for (int i = 0; i < parts.length; i++) {
            String w = parts[i].replace("+", "").toLowerCase(Locale.ROOT);
            if (w.isEmpty()) {
                continue;
            }
            if (i < verbAt) {
                before.add(w);
            } else if (i == verbAt) {
                verb = w;
            } else {
                after.add(w);
            }
        }
        return verb == null ? null : new VerbEntry(verb, before, after, code, block);
    }

    /** Parses the text of a pattern line (after the leading '-'); {@code null} for a form we skip. */
    static VerbPattern parsePattern(String text, int lineNo) {
        String t = text;
        Matcher c = CODE.matcher(t);
        if (!c.find()) {
            return null;
        }
        VerbCode code = VerbCode.parse(c.group(1));
        t = t.substring(0, c.start()).strip();
        if (t.contains("|")) {
            return null; // disjunctive sets are not part of the format any more
        }
        t = t.replaceAll("\\s*([(){}])\\s*", " $1 ").strip();
        List<VerbPattern.Element> before = new ArrayList<>();
        List<VerbPattern.Element> after = new ArrayList<>();
        List<VerbPattern.Element> current = before;
        boolean sawVerb = false;
        boolean verbJoined = false;
        for (String chunk : t.split("\\s+")) {
            int inChunk = 0;
            for (String piece : chunk.split("_")) {
                if (piece.isEmpty()) {
                    continue;
                }
                boolean joined = inChunk++ > 0;
                if (piece.equals("*") || piece.equals("**")) {
                    current = after;
                    sawVerb = true;
                    verbJoined = joined;
                    continue;
                }
                VerbPattern.Element e = element(piece, joined);
                if (e == null) {
                    return null;
                }
                current.add(e);
            }
        }
        if (!sawVerb) {
            return null;
        }
        return new VerbPattern(before, after, verbJoined, code, lineNo);
    }

    private static VerbPattern.Element element(String piece, boolean joined) {
        switch (piece) {
            case "$":
                return new VerbPattern.Element(VerbPattern.Kind.SOURCE, null, joined);
            case "+":
                return new VerbPattern.Element(VerbPattern.Kind.TARGET, null, joined);
            case "%":
                return new VerbPattern.Element(VerbPattern.Kind.COMPOUND, null, joined);
            case "^":
                return new VerbPattern.Element(VerbPattern.Kind.SKIP, null, joined);
            case "(":
                return new VerbPattern.Element(VerbPattern.Kind.OPEN, null, false);
            case ")":
                return new VerbPattern.Element(VerbPattern.Kind.CLOSE, null, false);
            case "{":
                return new VerbPattern.Element(VerbPattern.Kind.PHRASE_OPEN, null, false);
            case "}":
                return new VerbPattern.Element(VerbPattern.Kind.PHRASE_CLOSE, null, false);
            default:
                if (piece.startsWith("&")) {
                    String name = piece.substring(1).replaceAll("_+$", "").toUpperCase(Locale.ROOT);
                    return name.isEmpty() ? null : new VerbPattern.Element(VerbPattern.Kind.SYNSET, name, joined);
                }
                String w = Words.norm(piece);
                return w.isEmpty() ? null : new VerbPattern.Element(VerbPattern.Kind.WORD, w, joined);
        }
    }
}
