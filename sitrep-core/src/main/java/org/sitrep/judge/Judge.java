package org.sitrep.judge;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The learned judge: for each sentence, the probabilities of the CAMEO quad classes the weights file
 * labels (see {@link org.sitrep.judge the package}). One ONNX Runtime session holds the base graph with the
 * file's tensors in place of its initializers; {@link #classify} tokenizes, runs the encoder in batches,
 * mean-pools the last hidden states over the real tokens and applies the head.
 *
 * <p>Thread-safe: any number of threads may call {@link #classify} at once. A judge holds native memory
 * until {@link #close}; the shared {@link #bundled()} one lives as long as the process.
 */
public final class Judge implements AutoCloseable {

    /** Where the trained weights ship, in sitrep-core's resources. */
    public static final String BUNDLED = "org/sitrep/judge/judge.bin";

    static final int BATCH = 16;
    private static final String OUTPUT = "last_hidden_state";

    private static volatile Judge bundled;

    private final JudgeModel model;
    private final WordPieceTokenizer tokenizer;
    private final OrtEnvironment env;
    private final OrtSession session;
    private final List<OnnxTensor> initializers;
    private final boolean tokenTypes;
    private final boolean shared;
    private volatile boolean closed;

    private Judge(JudgeModel model, int threads, OrtSession.SessionOptions.OptLevel level, boolean shared) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads " + threads);
        }
        this.model = model;
        this.shared = shared;
        this.tokenizer = WordPieceTokenizer.base();
        byte[] onnx = BaseModel.onnxBytes();
        check(model, BaseModel.initializers());
        this.env = OrtEnvironment.getEnvironment();
        List<OnnxTensor> inits = new ArrayList<>();
        OrtSession s = null;
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(threads);
            options.setInterOpNumThreads(1);
            options.setOptimizationLevel(level);
            for (JudgeModel.Tensor t : model.overrides().values()) {
                OnnxTensor tensor = OnnxTensor.createTensor(env, t.data(), t.shape());
                inits.add(tensor);
                options.addInitializer(t.name(), tensor);
            }
            s = env.createSession(onnx, options);
            Map<String, NodeInfo> outputs = s.getOutputInfo();
            NodeInfo out = outputs.get(OUTPUT);
            if (out == null || !(out.getInfo() instanceof TensorInfo info) || info.getShape().length != 3) {
                throw new IllegalStateException(BaseModel.ONNX + " has no 3-dimensional output " + OUTPUT
                        + " (outputs: " + outputs.keySet() + ")");
            }
            long hidden = info.getShape()[2];
            if (hidden > 0 && hidden != model.hidden()) {
                throw new IllegalArgumentException("the judge's head takes " + model.hidden()
                        + " values, the base model gives " + hidden);
            }
            this.tokenTypes = s.getInputNames().contains("token_type_ids");
        } catch (OrtException e) {
            closeAll(s, inits);
            throw new IllegalStateException("ONNX Runtime could not load the judge: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeAll(s, inits);
            throw e;
        }
        this.session = s;
        this.initializers = List.copyOf(inits);
    }

    /** Every override must name an initializer of the base graph, float32, of the same shape. */
    private static void check(JudgeModel model, Map<String, BaseModel.Initializer> base) {
        for (JudgeModel.Tensor t : model.overrides().values()) {
            BaseModel.Initializer init = base.get(t.name());
            if (init == null) {
                throw new IllegalArgumentException("judge weights: tensor " + t.name() + " is no initializer of "
                        + BaseModel.ONNX);
            }
            if (init.dataType() != BaseModel.FLOAT || !Arrays.equals(init.dims(), t.shape())) {
                throw new IllegalArgumentException("judge weights: tensor " + t + " overrides " + t.name() + ", "
                        + init + " in " + BaseModel.ONNX);
            }
        }
    }

    private static void closeAll(OrtSession s, List<OnnxTensor> tensors) {
        if (s != null) {
            try {
                s.close();
            } catch (OrtException e) {
                // nothing more to do
            }
        }
        tensors.forEach(OnnxTensor::close);
    }

    /** Whether sitrep-core ships trained judge weights ({@value #BUNDLED}). */
    public static boolean bundledAvailable() {
        return Judge.class.getClassLoader().getResource(BUNDLED) != null;
    }

    /**
     * The judge of the bundled weights, loaded once per process and shared; do not close it (closing it
     * does nothing).
     *
     * @throws IllegalStateException if sitrep-core ships no judge weights
     */
    public static Judge bundled() {
        Judge j = bundled;
        if (j == null) {
            synchronized (Judge.class) {
                if (bundled == null) {
                    bundled = new Judge(bundledModel(), defaultThreads(), OrtSession.SessionOptions.OptLevel.ALL_OPT, true);
                }
                j = bundled;
            }
        }
        return j;
    }

    /**
     * A new judge of the bundled weights, the caller's to close.
     *
     * @throws IllegalStateException if sitrep-core ships no judge weights
     */
    public static Judge load() {
        return new Judge(bundledModel(), defaultThreads(), OrtSession.SessionOptions.OptLevel.ALL_OPT, false);
    }

    /** A new judge of the weights in a file, the caller's to close. */
    public static Judge load(Path weights) {
        return load(weights, defaultThreads());
    }

    /** A new judge of the weights in a file, running the encoder on {@code threads} threads. */
    public static Judge load(Path weights, int threads) {
        return new Judge(JudgeModel.read(weights), threads, OrtSession.SessionOptions.OptLevel.ALL_OPT, false);
    }

    static Judge load(JudgeModel model, int threads, OrtSession.SessionOptions.OptLevel level) {
        return new Judge(model, threads, level, false);
    }

    private static JudgeModel bundledModel() {
        URL url = Judge.class.getClassLoader().getResource(BUNDLED);
        if (url == null) {
            throw new IllegalStateException("the judge weights are missing: " + BUNDLED
                    + " is not on the classpath (scripts/train-judge.py writes it)");
        }
        try (InputStream in = url.openStream()) {
            return JudgeModel.read(in, BUNDLED);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + BUNDLED, e);
        }
    }

    /**
     * One: the pipelines code articles on one thread per core, and a session of more intra-op threads per
     * call only makes them fight over the cores (measured with {@code sitrep bench}: 15.4 articles/s with
     * one, 10.5 with two, on two cores).
     */
    private static int defaultThreads() {
        return 1;
    }

    public List<String> labels() {
        return model.labels();
    }

    public String label(int i) {
        return model.labels().get(i);
    }

    public int maxTokens() {
        return model.maxTokens();
    }

    JudgeModel model() {
        return model;
    }

    /**
     * For each sentence, the probability of each of {@link #labels()}, in that order (they add up to 1).
     * An empty list gives an empty array.
     */
    public float[][] classify(List<String> sentences) {
        float[][] pooled = embed(sentences);
        float[][] out = new float[pooled.length][];
        for (int i = 0; i < pooled.length; i++) {
            out[i] = model.probabilities(pooled[i]);
        }
        return out;
    }

    /** The probabilities of one sentence. */
    public float[] classify(String sentence) {
        return classify(List.of(sentence))[0];
    }

    /**
     * Each sentence's last hidden states averaged over its real tokens ({@code [CLS]} and {@code [SEP]}
     * included, padding not): the vector the head reads.
     */
    float[][] embed(List<String> sentences) {
        if (closed) {
            throw new IllegalStateException("the judge is closed");
        }
        int n = sentences.size();
        int[][] ids = new int[n][];
        for (int i = 0; i < n; i++) {
            ids[i] = tokenizer.encode(sentences.get(i), model.maxTokens());
        }
        // Batches of sentences of like length pad little; padding changes no sentence's result.
        Integer[] order = new Integer[n];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingInt(i -> ids[i].length));
        float[][] out = new float[n][];
        for (int from = 0; from < n; from += BATCH) {
            int to = Math.min(n, from + BATCH);
            int[][] batch = new int[to - from][];
            for (int k = from; k < to; k++) {
                batch[k - from] = ids[order[k]];
            }
            float[][] pooled = run(batch);
            for (int k = from; k < to; k++) {
                out[order[k]] = pooled[k - from];
            }
        }
        return out;
    }

    private float[][] run(int[][] batch) {
        int b = batch.length;
        int len = 0;
        for (int[] s : batch) {
            len = Math.max(len, s.length);
        }
        long[] idsFlat = new long[b * len];
        long[] maskFlat = new long[b * len];
        for (int i = 0; i < b; i++) {
            for (int j = 0; j < batch[i].length; j++) {
                idsFlat[i * len + j] = batch[i][j];
                maskFlat[i * len + j] = 1;
            }
        }
        long[] shape = {b, len};
        Map<String, OnnxTensor> inputs = new HashMap<>();
        try {
            inputs.put("input_ids", OnnxTensor.createTensor(env, LongBuffer.wrap(idsFlat), shape));
            inputs.put("attention_mask", OnnxTensor.createTensor(env, LongBuffer.wrap(maskFlat), shape));
            if (tokenTypes) {
                inputs.put("token_type_ids", OnnxTensor.createTensor(env, LongBuffer.wrap(new long[b * len]), shape));
            }
            try (OrtSession.Result result = session.run(inputs, Set.of(OUTPUT))) {
                OnnxTensor hiddenStates = (OnnxTensor) result.get(OUTPUT).orElseThrow();
                long[] hs = hiddenStates.getInfo().getShape();
                int hidden = (int) hs[2];
                if (hs[0] != b || hs[1] != len || hidden != model.hidden()) {
                    throw new IllegalStateException(OUTPUT + " is " + Arrays.toString(hs) + " for input ["
                            + b + ", " + len + "]");
                }
                FloatBuffer h = hiddenStates.getFloatBuffer();
                float[][] pooled = new float[b][hidden];
                for (int i = 0; i < b; i++) {
                    double[] sum = new double[hidden];
                    int tokens = batch[i].length;
                    for (int j = 0; j < tokens; j++) {
                        int base = (i * len + j) * hidden;
                        for (int d = 0; d < hidden; d++) {
                            sum[d] += h.get(base + d);
                        }
                    }
                    for (int d = 0; d < hidden; d++) {
                        pooled[i][d] = (float) (sum[d] / tokens);
                    }
                }
                return pooled;
            }
        } catch (OrtException e) {
            throw new IllegalStateException("the judge's encoder failed: " + e.getMessage(), e);
        } finally {
            inputs.values().forEach(OnnxTensor::close);
        }
    }

    /** Frees the session and its tensors; the shared {@link #bundled()} judge stays open. */
    @Override
    public synchronized void close() {
        if (shared || closed) {
            return;
        }
        closed = true;
        closeAll(session, initializers);
    }
}
