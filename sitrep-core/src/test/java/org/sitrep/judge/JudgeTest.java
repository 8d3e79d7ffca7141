package org.sitrep.judge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ai.onnxruntime.OrtSession.SessionOptions.OptLevel;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JudgeTest {

    private static final String ARMY = "The army shelled the town.";
    private static final String TROOPS = "Troops bombarded the village.";
    private static final String BANK = "The central bank cut interest rates.";

    @TempDir
    static Path dir;

    /** The base model and a random head: nothing overridden. */
    private static Judge judge;

    @BeforeAll
    static void load() {
        judge = Judge.load(JudgeFiles.randomHead(7).write(dir, "random.bin"), 2);
    }

    @AfterAll
    static void close() {
        judge.close();
    }

    @Test
    void classifyGivesAProbabilityPerLabel() {
        assertThat(judge.labels()).containsExactly("0", "1", "2", "3", "4");
        assertThat(judge.label(3)).isEqualTo("3");
        assertThat(judge.maxTokens()).isEqualTo(128);
        float[][] p = judge.classify(List.of(ARMY, BANK, "", "Protesters accused the president of corruption."));
        assertThat(p).hasNumberOfRows(4);
        for (float[] row : p) {
            assertThat(row).hasSize(5);
            double sum = 0;
            for (float x : row) {
                assertThat(x).isBetween(0f, 1f);
                sum += x;
            }
            assertThat(sum).isCloseTo(1.0, within(1e-5));
        }
        assertThat(p[0]).isNotEqualTo(p[1]);
        assertThat(judge.classify(ARMY)).containsExactly(p[0], within(1e-6f));
    }

    @Test
    void anEmptyListGivesAnEmptyArray() {
        assertThat(judge.classify(List.of())).isEmpty();
        assertThat(judge.embed(List.of())).isEmpty();
    }

    @Test
    void paddingAndBatchingChangeNoResult() {
        float[] alone = judge.classify(List.of(ARMY))[0];
        float[] aloneEmbedding = judge.embed(List.of(ARMY))[0];
        // 21 sentences of lengths from 2 to 128 tokens: more than a batch, the sentence padded in its batch
        List<String> batch = new ArrayList<>();
        Random r = new Random(3);
        String[] words = {"rebels", "attacked", "a", "convoy", "near", "Aleppo", "on", "Tuesday", ",", "officials", "said"};
        for (int i = 0; i < 20; i++) {
            StringBuilder s = new StringBuilder();
            for (int w = r.nextInt(i * 8 + 1); w >= 0; w--) {
                s.append(words[r.nextInt(words.length)]).append(' ');
            }
            batch.add(s.toString());
        }
        batch.add(13, ARMY);
        batch.set(0, "");
        float[][] p = judge.classify(batch);
        float[][] e = judge.embed(batch);
        assertThat(p[13]).containsExactly(alone, within(1e-4f));
        assertThat(e[13]).containsExactly(aloneEmbedding, within(1e-4f));
        // and the others are where they were asked for
        assertThat(p[0]).containsExactly(judge.classify(""), within(1e-4f));
        assertThat(p[20]).containsExactly(judge.classify(batch.get(20)), within(1e-4f));
    }

    @Test
    void theBaseEmbeddingPutsLikeEventsTogether() {
        float[][] e = judge.embed(List.of(ARMY, TROOPS, BANK));
        assertThat(e[0]).hasSize(384);
        double armyTroops = cosine(e[0], e[1]);
        double armyBank = cosine(e[0], e[2]);
        assertThat(armyTroops).isGreaterThan(armyBank + 0.2);
    }

    @Test
    void overriddenInitializersChangeTheEncoder() {
        Random r = new Random(11);
        float[] bias = new float[384];
        for (int i = 0; i < bias.length; i++) {
            bias[i] = (float) (r.nextGaussian() * 0.1);
        }
        List<String> sentences = List.of(ARMY, BANK);
        float[][] base = judge.embed(sentences);
        Path file = JudgeFiles.randomHead(7).float32("embeddings.LayerNorm.bias", new int[] {384}, bias)
                .write(dir, "layernorm.bin");
        try (Judge other = Judge.load(file, 2)) {
            assertThat(maxDifference(base, other.embed(sentences))).isGreaterThan(0.05);
        }
    }

    @Test
    void anInt8MatrixOverrideSurvivesGraphOptimization() {
        // an attention matrix of the first layer, replaced by small random values; the fusions of
        // optimization level ALL must not fold the base graph's matrix in before it is replaced
        String query = "onnx::MatMul_" + firstAttentionMatMul();
        Random r = new Random(12);
        float[] scales = new float[384];
        byte[] values = new byte[384 * 384];
        for (int i = 0; i < scales.length; i++) {
            scales[i] = 0.001f;
        }
        r.nextBytes(values);
        JudgeModel model = JudgeModel.parse(JudgeFiles.randomHead(7)
                .int8(query, new int[] {384, 384}, scales, values).bytes(), "query.bin");
        List<String> sentences = List.of(ARMY, BANK);
        float[][] base = judge.embed(sentences);
        float[][] optimized;
        try (Judge all = Judge.load(model, 2, OptLevel.ALL_OPT)) {
            optimized = all.embed(sentences);
            all.close();
            assertThatThrownBy(() -> all.embed(sentences)).isInstanceOf(IllegalStateException.class)
                    .hasMessage("the judge is closed");
        }
        try (Judge plain = Judge.load(model, 2, OptLevel.NO_OPT)) {
            float[][] unoptimized = plain.embed(sentences);
            assertThat(maxDifference(optimized, unoptimized)).isLessThan(1e-4);
        }
        assertThat(maxDifference(base, optimized)).isGreaterThan(0.05);
    }

    /** The graph's first [384, 384] MatMul initializer: one of the first layer's attention projections. */
    private static String firstAttentionMatMul() {
        int lowest = Integer.MAX_VALUE;
        for (var e : BaseModel.initializers().entrySet()) {
            if (e.getKey().startsWith("onnx::MatMul_") && e.getValue().dims().length == 2
                    && e.getValue().dims()[0] == 384 && e.getValue().dims()[1] == 384) {
                lowest = Math.min(lowest, Integer.parseInt(e.getKey().substring("onnx::MatMul_".length())));
            }
        }
        return Integer.toString(lowest);
    }

    @Test
    void refusesWeightsThatDoNotFitTheBaseGraph() {
        Path unknown = JudgeFiles.randomHead(7).float32("encoder.layer.9.output.dense.bias", new int[] {384},
                new float[384]).write(dir, "unknown.bin");
        assertThatThrownBy(() -> Judge.load(unknown, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("judge weights: tensor encoder.layer.9.output.dense.bias is no initializer of all-minilm-l6-v2.onnx");
        Path shape = JudgeFiles.randomHead(7).float32("embeddings.LayerNorm.bias", new int[] {1, 384},
                new float[384]).write(dir, "shape.bin");
        assertThatThrownBy(() -> Judge.load(shape, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("judge weights: tensor embeddings.LayerNorm.bias [1, 384] overrides "
                        + "embeddings.LayerNorm.bias, float32 [384] in all-minilm-l6-v2.onnx");
        Path ids = JudgeFiles.randomHead(7).float32("embeddings.position_ids", new int[] {1, 512},
                new float[512]).write(dir, "ids.bin");
        assertThatThrownBy(() -> Judge.load(ids, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ONNX type 7 [1, 512]");
        Path narrow = JudgeFiles.of().float32("head.weight", new int[] {5, 100}, new float[500])
                .float32("head.bias", new int[] {5}, new float[5]).write(dir, "narrow.bin");
        assertThatThrownBy(() -> Judge.load(narrow, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the judge's head takes 100 values, the base model gives 384");
        Path bad = JudgeFiles.write(dir, "bad.bin", "SRJUDGE0".getBytes());
        assertThatThrownBy(() -> Judge.load(bad)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("magic");
    }

    @Test
    void classifiesFromManyThreadsAtOnce() throws Exception {
        List<String> sentences = List.of(ARMY, TROOPS, BANK, "Protesters accused the president of corruption.");
        float[][] expected = judge.classify(sentences);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<float[][]>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> judge.classify(sentences)));
            }
            for (Future<float[][]> f : results) {
                float[][] got = f.get();
                for (int i = 0; i < expected.length; i++) {
                    assertThat(got[i]).containsExactly(expected[i], within(1e-5f));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theBundledJudgeIsThereOrSaysItIsMissing() {
        if (!Judge.bundledAvailable()) {
            assertThatThrownBy(Judge::load).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("the judge weights are missing");
            assertThatThrownBy(Judge::bundled).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("the judge weights are missing");
            return;
        }
        Judge bundled = Judge.bundled();
        assertThat(Judge.bundled()).isSameAs(bundled);
        bundled.close(); // the shared judge stays open
        // the sentences the training script classified when it wrote the file: the same here
        JsonNode checks = bundled.model().header().path("checks");
        for (JsonNode check : checks) {
            float[] p = bundled.classify(check.path("text").asText());
            JsonNode expected = check.path("probabilities");
            assertThat(p).hasSize(expected.size());
            for (int i = 0; i < p.length; i++) {
                assertThat((double) p[i]).as("%s, label %s", check.path("text").asText(), bundled.label(i))
                        .isCloseTo(expected.get(i).asDouble(), within(2e-3));
            }
        }
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return dot / Math.sqrt(na * nb);
    }

    private static double maxDifference(float[][] a, float[][] b) {
        double m = 0;
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[i].length; j++) {
                m = Math.max(m, Math.abs(a[i][j] - b[i][j]));
            }
        }
        return m;
    }
}
