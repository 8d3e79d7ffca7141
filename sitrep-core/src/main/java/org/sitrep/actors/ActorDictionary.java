package org.sitrep.actors;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
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
import org.sitrep.dict.PhraseTrie;
import org.sitrep.dict.Words;

/**
 * Actor and agent dictionaries in the PETRARCH/TABARI formats (Phoenix, the validation suite's, ours),
 * indexed for longest-match look-up over a sentence's words.
 *
 * <p>Our own entries may carry, in their comment, {@code id: HTS; kind: non-state armed group}:
 * other readers of the format ignore it.
 */
public final class ActorDictionary {

    private static final Pattern BRACKET = Pattern.compile("\\[([^\\]]*)\\]");
    private static final Pattern DATE_RANGE = Pattern.compile("\\b(\\d{8}|\\d{6})\\s*-\\s*(\\d{8}|\\d{6})\\b");
    private static final Pattern META = Pattern.compile("\\b(id|kind)\\s*:\\s*([^;#]+)", Pattern.CASE_INSENSITIVE);

    private final PhraseTrie<ActorEntry> actors = new PhraseTrie<>();
    private final PhraseTrie<AgentEntry> agents = new PhraseTrie<>();
    private final Map<String, ActorEntry> byId = new HashMap<>();
    private final List<String> warnings = new ArrayList<>();

    /** Lines that could not be read and were skipped, as "file:line: reason". */
    public List<String> warnings() {
        return java.util.Collections.unmodifiableList(warnings);
    }

    /** Reads the actor and agent files of a set. */
    public static ActorDictionary load(org.sitrep.dict.DictionaryFiles files) {
        ActorDictionary d = new ActorDictionary();
        org.sitrep.dict.DictionaryFiles.readAll(files.actors(), d::addActors);
        org.sitrep.dict.DictionaryFiles.readAll(files.agents(), d::addAgents);
        return d;
    }

    public PhraseTrie<ActorEntry> actors() {
        return actors;
    }

    public PhraseTrie<AgentEntry> agents() {
        return agents;
    }

    public ActorEntry byId(String id) {
        return byId.get(id);
    }

    public int actorPhrases() {
        return actors.size();
    }

    public int agentPhrases() {
        return agents.size();
    }

    public void addActors(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            addActors(in, file.getFileName().toString());
        } catch (IOException e) {
            throw new DictionaryException(file + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    public void addAgents(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            addAgents(in, file.getFileName().toString());
        } catch (IOException e) {
            throw new DictionaryException(file + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    /** Reads an actor dictionary: primary phrases, {@code +}synonyms and tab-indented date restrictions. */
    public void addActors(InputStream in, String name) {
        List<DictionaryLines.Line> lines = DictionaryLines.read(in, name);
        List<List<String>> phrases = new ArrayList<>();
        List<DatedCode> codes = new ArrayList<>();
        String[] meta = new String[2];
        String primary = null;
        for (DictionaryLines.Line line : lines) {
            String raw = line.text();
            String text = raw.strip();
            if (text.isEmpty()) {
                continue;
            }
            boolean indented = Character.isWhitespace(raw.charAt(0));
            if (indented && text.startsWith("[")) {
                if (primary == null) {
                    throw new DictionaryException(name + ":" + line.number() + ": a date restriction before any actor");
                }
                codes.addAll(parseCodes(text, name, line.number()));
                continue;
            }
            if (text.startsWith("+")) {
                if (primary == null) {
                    throw new DictionaryException(name + ":" + line.number() + ": a synonym before any actor");
                }
                List<String> words = Words.phrase(stripCodes(text.substring(1)));
                if (!words.isEmpty()) {
                    phrases.add(words);
                }
                codes.addAll(parseCodes(text, name, line.number()));
                continue;
            }
            if (primary != null) {
                flush(primary, phrases, codes, meta, name);
            }
            phrases = new ArrayList<>();
            codes = new ArrayList<>();
            meta = new String[2];
            List<String> words = Words.phrase(stripCodes(text));
            if (words.isEmpty()) {
                primary = null;
                continue;
            }
            primary = String.join(" ", words);
            phrases.add(words);
            codes.addAll(parseCodes(text, name, line.number()));
            if (line.comment() != null) {
                Matcher m = META.matcher(line.comment());
                while (m.find()) {
                    meta[m.group(1).toLowerCase(Locale.ROOT).equals("id") ? 0 : 1] = m.group(2).strip();
                }
            }
        }
        if (primary != null) {
            flush(primary, phrases, codes, meta, name);
        }
    }

    private void flush(String primary, List<List<String>> phrases, List<DatedCode> codes, String[] meta, String source) {
        List<DatedCode> ordered = new ArrayList<>();
        for (DatedCode c : codes) {
            if (!c.isDefault()) {
                ordered.add(c);
            }
        }
        for (DatedCode c : codes) {
            if (c.isDefault()) {
                ordered.add(c);
            }
        }
        String id = meta[0] != null ? meta[0] : primary.replace(' ', '_');
        ActorEntry entry = new ActorEntry(id, primary, ordered, meta[1], source);
        byId.putIfAbsent(id, entry);
        for (List<String> p : phrases) {
            actors.put(p, entry);
        }
    }

    private static String stripCodes(String text) {
        String t = text;
        int b = t.indexOf('[');
        if (b >= 0) {
            t = t.substring(0, b);
        }
        int c = t.indexOf('{');
        if (c >= 0) {
            t = t.substring(0, c);
        }
        return t;
    }

    private List<DatedCode> parseCodes(String text, String name, int lineNo) {
        List<DatedCode> out = new ArrayList<>();
        Matcher m = BRACKET.matcher(text);
        while (m.find()) {
            String body = m.group(1).strip();
            if (body.isEmpty()) {
                continue;
            }
            String[] parts = body.split("\\s+", 2);
            String code = parts[0].toUpperCase(Locale.ROOT);
            if (parts.length == 1) {
                out.add(new DatedCode(code, null, null));
                continue;
            }
            String when = parts[1].strip();
            try {
                if (when.startsWith("<")) {
                    out.add(new DatedCode(code, null, date(when.substring(1).strip())));
                } else if (when.startsWith(">")) {
                    out.add(new DatedCode(code, date(when.substring(1).strip()), null));
                } else {
                    Matcher r = DATE_RANGE.matcher(when);
                    if (!r.find()) {
                        warnings.add(name + ":" + lineNo + ": cannot read the date restriction [" + body + "]");
                        continue;
                    }
                    out.add(new DatedCode(code, date(r.group(1)), date(r.group(2))));
                }
            } catch (java.time.DateTimeException | NumberFormatException e) {
                warnings.add(name + ":" + lineNo + ": bad date in [" + body + "]");
            }
        }
        return out;
    }

    /** YYYYMMDD, or YYMMDD with years up to 30 read as 20YY (as the Phoenix files use them). */
    static LocalDate date(String s) {
        String d = s.strip();
        int year;
        int rest;
        if (d.length() == 8) {
            year = Integer.parseInt(d.substring(0, 4));
            rest = 4;
        } else if (d.length() == 6) {
            int yy = Integer.parseInt(d.substring(0, 2));
            year = yy <= 30 ? 2000 + yy : 1900 + yy;
            rest = 2;
        } else {
            throw new java.time.DateTimeException("bad date " + s);
        }
        int month = Math.max(1, Integer.parseInt(d.substring(rest, rest + 2)));
        int day = Math.max(1, Integer.parseInt(d.substring(rest + 2, rest + 4)));
        return LocalDate.of(year, month, Math.min(day, LocalDate.of(year, month, 1).lengthOfMonth()));
    }

    /**
     * Reads an agent dictionary: {@code PHRASE {PLURALS} [~CODE]} lines and {@code !MARKER! = A, B}
     * substitution sets. Regular plurals of the last word are generated unless {@code {}} says otherwise.
     */
    public void addAgents(InputStream in, String name) {
        Map<String, List<String>> substitutions = new HashMap<>();
        for (DictionaryLines.Line line : DictionaryLines.read(in, name)) {
            String text = line.text().strip();
            if (text.isEmpty()) {
                continue;
            }
            if (text.startsWith("!") && text.contains("=")) {
                int eq = text.indexOf('=');
                String marker = text.substring(0, eq).strip();
                List<String> values = new ArrayList<>();
                for (String v : text.substring(eq + 1).split(",")) {
                    if (!v.isBlank()) {
                        values.add(v.strip());
                    }
                }
                substitutions.put(marker, values);
                continue;
            }
            Matcher code = BRACKET.matcher(text);
            if (!code.find()) {
                continue;
            }
            String c = code.group(1).replace(" ", "").toUpperCase(Locale.ROOT);
            if (c.isEmpty() || !c.contains("~")) {
                continue;
            }
            boolean prefix = c.endsWith("~");
            String agentCode = c.replace("~", "");
            String phraseText = text.substring(0, text.indexOf('[')).strip();
            String plurals = null;
            int brace = phraseText.indexOf('{');
            if (brace >= 0) {
                int close = phraseText.indexOf('}', brace);
                plurals = phraseText.substring(brace + 1, close < 0 ? phraseText.length() : close).strip();
                phraseText = phraseText.substring(0, brace).strip();
            }
            Set<String> forms = new LinkedHashSet<>();
            boolean substituted = false;
            for (var e : substitutions.entrySet()) {
                if (phraseText.contains(e.getKey())) {
                    substituted = true;
                    for (String v : e.getValue()) {
                        forms.add(phraseText.replace(e.getKey(), v));
                    }
                }
            }
            if (!substituted) {
                forms.add(phraseText);
            }
            for (String form : forms) {
                List<String> words = Words.phrase(form);
                if (words.isEmpty()) {
                    continue;
                }
                AgentEntry entry = new AgentEntry(String.join(" ", words), agentCode, prefix, name);
                agents.put(words, entry);
                if (substituted) {
                    continue;
                }
                if (plurals == null) {
                    List<String> pl = new ArrayList<>(words);
                    pl.set(pl.size() - 1, Words.plural(pl.get(pl.size() - 1)));
                    if (!pl.equals(words)) {
                        agents.put(pl, entry);
                    }
                } else if (!plurals.isEmpty()) {
                    for (String p : plurals.split("\\s+")) {
                        List<String> pw = Words.phrase(p);
                        if (!pw.isEmpty()) {
                            agents.put(pw, entry);
                        }
                    }
                }
            }
        }
    }
}
