package org.sitrep.cli;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A corpus of inputs made to cost the pipeline as much as they can within the input limits: long
 * sentences without full stops, a megabyte on one line, floods of dates (SUTime), of names (the
 * mentions stage), of tiny sentences, of one repeated word, of nested brackets and quotes, of
 * random letters. Generated from a seed, so every run codes the same texts.
 */
final class HostileCorpus {

    /** One generated input. */
    record Item(String name, byte[] bytes) {
    }

    private static final String[] CLAUSES = {
        "rebels of Hayat Tahrir al-Sham attacked army positions near the city of Hama",
        "the Syrian army said that its forces had withdrawn from several villages in the north",
        "residents told reporters that shelling continued through the night",
        "officials in Damascus accused Turkey of supporting the fighters who entered the town",
        "aid agencies warned that thousands of civilians had fled toward the coast"};

    private HostileCorpus() {
    }

    static String sentence(int tokens, Random r) {
        StringBuilder b = new StringBuilder("On Thursday");
        int n = 2;
        while (n < tokens) {
            String c = CLAUSES[r.nextInt(CLAUSES.length)];
            b.append(r.nextInt(4) == 0 ? " and " : ", ").append(c);
            n += c.split(" ").length + 1;
        }
        return b.append('.').toString();
    }

    static List<Item> generate(long seed) {
        Random r = new Random(seed);
        List<Item> out = new ArrayList<>();
        out.add(item("normal-story", "Army leaves Hama\n\n" + String.join(" ", sentence(30, r), sentence(25, r),
                sentence(40, r), sentence(20, r))));
        for (int tokens : new int[] {200, 500, 2_000, 5_000, 19_000}) {
            out.add(item("one-sentence-" + tokens + "-tokens", sentence(tokens, r)));
        }
        StringBuilder mb = new StringBuilder(2_100_000);
        while (mb.length() < 2_000_000) {
            mb.append(CLAUSES[r.nextInt(CLAUSES.length)]).append(", ");
        }
        out.add(item("two-megabytes-one-line", mb.append("residents said.").toString()));
        StringBuilder dates = new StringBuilder("Rebels attacked Hama");
        for (int i = 0; i < 1_500; i++) {
            dates.append(i % 2 == 0 ? " on " : " and on ").append(1 + r.nextInt(28)).append(" December 20")
                    .append(10 + r.nextInt(15)).append(r.nextBoolean() ? " at 9:30 am" : "");
        }
        out.add(item("date-flood-one-sentence", dates.append('.').toString()));
        StringBuilder tiny = new StringBuilder("Clashes\n\n");
        for (int i = 0; i < 4_000; i++) {
            tiny.append("Rebels attacked Hama. ");
        }
        out.add(item("four-thousand-tiny-sentences", tiny.toString()));
        StringBuilder names = new StringBuilder();
        String[] actors = {"Hayat Tahrir al-Sham", "the Syrian army", "Russia", "Turkey", "Hezbollah", "Aleppo", "Homs",
            "Idlib", "Damascus", "Iran"};
        for (int i = 0; i < 600; i++) {
            names.append(actors[r.nextInt(actors.length)]).append(" accused ").append(actors[r.nextInt(actors.length)])
                    .append(" of attacking ").append(actors[r.nextInt(actors.length)]).append(". ");
        }
        out.add(item("name-flood", names.toString()));
        out.add(item("one-word-repeated", "Hama ".repeat(15_000).strip()));
        out.add(item("nested-brackets-and-quotes", "Rebels said " + "(\"".repeat(3_000) + "they attacked Hama"
                + "\")".repeat(3_000) + "."));
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < 15_000; i++) {
            int len = 1 + r.nextInt(12);
            for (int j = 0; j < len; j++) {
                letters.append((char) ('a' + r.nextInt(26)));
            }
            letters.append(r.nextInt(20) == 0 ? ". " : " ");
        }
        out.add(item("random-words", letters.toString()));
        return out;
    }

    private static Item item(String name, String text) {
        return new Item(name + ".txt", (text + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
