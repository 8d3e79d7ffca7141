package org.sitrep.nlp;

import java.time.Duration;

/**
 * The most work the nlp stage does for one sentence and one article, so that one hostile or broken
 * input (a crawl page whose text has no full stops, a megabyte on one line) cannot hold a worker for
 * minutes. Parsing and SUTime grow faster than the length of a sentence (measured on this project's
 * machine: about 0.2 s for a sentence of 170 tokens, 2 s for 960 and 70 s for 7,700, see README
 * "Limits"), so:
 *
 * <ul>
 *   <li>a sentence of more than {@code sentenceTokens} tokens is cut into pieces of at most that
 *       many tokens (after a semicolon, comma, colon or dash where there is one near the end of a
 *       piece), and each piece is tagged, parsed and dated as a sentence of its own; the article's
 *       notes say so ({@link AnnotatedDoc#notes()});</li>
 *   <li>an article of more than {@code articleTokens} tokens is not coded at all
 *       ({@link TooMuchWorkException}, reported and skipped by the batch commands);</li>
 *   <li>an article whose nlp stage has not finished within {@code budget} is given up at the next
 *       sentence ({@link TooMuchWorkException}).</li>
 * </ul>
 *
 * @param sentenceTokens the longest sentence parsed as one, in tokens
 * @param articleTokens  the most tokens of one article's coded text
 * @param budget         the longest time one article's nlp stage may take
 */
public record WorkLimits(int sentenceTokens, int articleTokens, Duration budget) {

    /** Normal news sentences have fewer than 80 tokens; 200 is well above them and well below the knee. */
    public static final int SENTENCE_TOKENS = 200;
    /** About 100 KB of English: some twenty long news stories. */
    public static final int ARTICLE_TOKENS = 20_000;
    /** Many times what the largest allowed article takes on a loaded machine. */
    public static final Duration BUDGET = Duration.ofSeconds(60);

    public static final WorkLimits DEFAULT = new WorkLimits(SENTENCE_TOKENS, ARTICLE_TOKENS, BUDGET);

    public WorkLimits {
        if (sentenceTokens < 10) {
            throw new IllegalArgumentException("sentenceTokens must be at least 10");
        }
        if (articleTokens < 1) {
            throw new IllegalArgumentException("articleTokens must be positive");
        }
        if (budget == null || budget.isNegative() || budget.isZero()) {
            throw new IllegalArgumentException("budget must be positive");
        }
    }

    /** The same limits with another time budget. */
    public WorkLimits withBudget(Duration budget) {
        return new WorkLimits(sentenceTokens, articleTokens, budget);
    }

    /** A clock started now for one article. */
    Deadline start() {
        return new Deadline(this, System.nanoTime() + budget.toNanos());
    }

    /** When one article's time is up. */
    record Deadline(WorkLimits limits, long endNanos) {
        /** @throws TooMuchWorkException when the article's time is up */
        void check(String step) {
            if (System.nanoTime() - endNanos > 0) {
                throw new TooMuchWorkException("the article took more than the " + limits.budget().toSeconds()
                        + " s one article may take (given up before " + step + ")");
            }
        }
    }
}
