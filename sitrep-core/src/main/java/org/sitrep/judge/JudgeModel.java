package org.sitrep.judge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A file of trained judge weights: a header, the classifier head and the tensors that override the base
 * graph's initializers. The format (little-endian throughout):
 * <pre>
 * 8 bytes    "SRJUDGE1"
 * int32 n    then n bytes of UTF-8 JSON, e.g. {"max_tokens":128,"labels":["0","1","2","3","4"],"pooling":"mean"}
 * int32      the number of tensors, then for each:
 *   int32 n  then n bytes of UTF-8 name
 *   1 byte   dtype: 0 float32, 1 int8 with one float32 scale per index of the first dimension
 *   int32    ndim, then ndim int32 dims
 *   dtype 0: the float32 values, row-major
 *   dtype 1: dims[0] float32 scales, then the int8 values row-major; a value is int8 × scale[i0]
 * </pre>
 * {@code head.weight} [labels, hidden] and {@code head.bias} [labels] are the head; every other tensor
 * replaces the base ONNX graph's initializer of that name ({@code encoder.layer.3.attention.self.query.bias},
 * {@code onnx::MatMul_1234}, ...), in the graph's layout. Anything else, a file cut short or bytes left
 * over, is refused with an {@link IllegalArgumentException}. Immutable once read.
 */
public final class JudgeModel {

    static final byte[] MAGIC = "SRJUDGE1".getBytes(StandardCharsets.US_ASCII);
    static final byte FLOAT32 = 0;
    static final byte INT8 = 1;
    static final String HEAD_WEIGHT = "head.weight";
    static final String HEAD_BIAS = "head.bias";
    static final int DEFAULT_MAX_TOKENS = 128;
    /** The base model's position embeddings go no further. */
    static final int MAX_POSITIONS = 512;

    /** A tensor as float32, row-major, in a direct buffer in native order (as ONNX Runtime takes it). */
    public record Tensor(String name, long[] shape, FloatBuffer data) {
        public Tensor {
            shape = shape.clone();
            data = data.asReadOnlyBuffer();
        }

        @Override
        public long[] shape() {
            return shape.clone();
        }

        /** A view of the values; the tensor's own position stays put. */
        @Override
        public FloatBuffer data() {
            return data.duplicate();
        }

        public int size() {
            return data.capacity();
        }

        @Override
        public String toString() {
            return name + " " + Arrays.toString(shape);
        }
    }

    private final JsonNode header;
    private final int maxTokens;
    private final List<String> labels;
    private final float[][] headWeight;
    private final float[] headBias;
    private final Map<String, Tensor> overrides;

    private JudgeModel(JsonNode header, int maxTokens, List<String> labels, float[][] headWeight, float[] headBias,
            Map<String, Tensor> overrides) {
        this.header = header;
        this.maxTokens = maxTokens;
        this.labels = labels;
        this.headWeight = headWeight;
        this.headBias = headBias;
        this.overrides = overrides;
    }

    public static JudgeModel read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("reading judge weights " + file, e);
        }
        return parse(bytes, file.toString());
    }

    public static JudgeModel read(InputStream in, String source) {
        try {
            return parse(in.readAllBytes(), source);
        } catch (IOException e) {
            throw new UncheckedIOException("reading judge weights " + source, e);
        }
    }

    static JudgeModel parse(byte[] bytes, String source) {
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        try {
            return parse(b, source);
        } catch (BufferUnderflowException e) {
            throw new IllegalArgumentException(source + ": truncated (" + bytes.length + " bytes)");
        }
    }

    private static JudgeModel parse(ByteBuffer b, String source) {
        byte[] magic = new byte[MAGIC.length];
        if (b.remaining() < magic.length) {
            throw new IllegalArgumentException(source + ": not a judge weights file (shorter than its magic)");
        }
        b.get(magic);
        if (!Arrays.equals(magic, MAGIC)) {
            throw new IllegalArgumentException(source + ": not a judge weights file (magic is not SRJUDGE1)");
        }
        JsonNode header;
        try {
            header = new ObjectMapper().readTree(utf8(b, length(b, source, "header"), source));
        } catch (IOException e) {
            throw new IllegalArgumentException(source + ": header is not JSON: " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (header == null || !header.isObject()) {
            throw new IllegalArgumentException(source + ": header is not a JSON object");
        }
        int maxTokens = maxTokens(header, source);
        List<String> labels = labels(header, source);
        JsonNode pooling = header.get("pooling");
        if (pooling != null && !"mean".equals(pooling.asText())) {
            throw new IllegalArgumentException(source + ": pooling '" + pooling.asText() + "' (only mean is known)");
        }

        int count = b.getInt();
        if (count < 0) {
            throw new IllegalArgumentException(source + ": negative tensor count " + count);
        }
        Map<String, Tensor> tensors = new LinkedHashMap<>();
        for (int t = 0; t < count; t++) {
            Tensor tensor = tensor(b, source, t);
            if (tensors.put(tensor.name(), tensor) != null) {
                throw new IllegalArgumentException(source + ": tensor " + tensor.name() + " twice");
            }
        }
        if (b.hasRemaining()) {
            throw new IllegalArgumentException(source + ": " + b.remaining() + " bytes after the last tensor");
        }

        Tensor w = tensors.remove(HEAD_WEIGHT);
        Tensor bias = tensors.remove(HEAD_BIAS);
        if (w == null || bias == null) {
            throw new IllegalArgumentException(source + ": no " + (w == null ? HEAD_WEIGHT : HEAD_BIAS) + " (the classifier head)");
        }
        long[] ws = w.shape();
        if (ws.length != 2 || ws[0] != labels.size() || ws[1] < 1) {
            throw new IllegalArgumentException(source + ": " + HEAD_WEIGHT + " is " + Arrays.toString(ws)
                    + ", not [" + labels.size() + " labels, hidden]");
        }
        if (!Arrays.equals(bias.shape(), new long[] {labels.size()})) {
            throw new IllegalArgumentException(source + ": " + HEAD_BIAS + " is " + Arrays.toString(bias.shape())
                    + ", not [" + labels.size() + "]");
        }
        int hidden = (int) ws[1];
        float[][] weight = new float[labels.size()][hidden];
        FloatBuffer wd = w.data();
        for (float[] row : weight) {
            wd.get(row);
        }
        float[] biasValues = new float[labels.size()];
        bias.data().get(biasValues);
        return new JudgeModel(header, maxTokens, labels, weight, biasValues, Collections.unmodifiableMap(tensors));
    }

    private static int maxTokens(JsonNode header, String source) {
        JsonNode n = header.get("max_tokens");
        if (n == null || n.isNull()) {
            return DEFAULT_MAX_TOKENS;
        }
        if (!n.canConvertToInt() || !n.isIntegralNumber() || n.intValue() < 2 || n.intValue() > MAX_POSITIONS) {
            throw new IllegalArgumentException(source + ": max_tokens " + n + " (an int from 2 to " + MAX_POSITIONS + ")");
        }
        return n.intValue();
    }

    private static List<String> labels(JsonNode header, String source) {
        JsonNode n = header.get("labels");
        if (n == null || !n.isArray() || n.isEmpty()) {
            throw new IllegalArgumentException(source + ": header has no \"labels\" (a non-empty array of strings)");
        }
        List<String> labels = new ArrayList<>();
        for (JsonNode l : n) {
            if (!l.isTextual()) {
                throw new IllegalArgumentException(source + ": label " + l + " is not a string");
            }
            labels.add(l.asText());
        }
        return List.copyOf(labels);
    }

    private static Tensor tensor(ByteBuffer b, String source, int index) {
        String name = utf8(b, length(b, source, "name of tensor " + index), source);
        String where = source + ": tensor " + name;
        byte dtype = b.get();
        if (dtype != FLOAT32 && dtype != INT8) {
            throw new IllegalArgumentException(where + ": unknown dtype " + dtype + " (0 float32, 1 int8)");
        }
        int ndim = b.getInt();
        if (ndim < 0 || ndim > 8 || (dtype == INT8 && ndim == 0)) {
            throw new IllegalArgumentException(where + ": " + ndim + " dimensions");
        }
        long[] shape = new long[ndim];
        long size = 1;
        for (int i = 0; i < ndim; i++) {
            int d = b.getInt();
            if (d < 1) {
                throw new IllegalArgumentException(where + ": dimension " + i + " is " + d);
            }
            shape[i] = d;
            size *= d;
            if (size > Integer.MAX_VALUE / 4) {
                throw new IllegalArgumentException(where + ": " + Arrays.toString(Arrays.copyOf(shape, i + 1)) + "... too large");
            }
        }
        int n = (int) size;
        long bytes = dtype == FLOAT32 ? 4L * n : 4L * shape[0] + n;
        if (bytes > b.remaining()) {
            throw new IllegalArgumentException(where + " " + Arrays.toString(shape) + ": needs " + bytes
                    + " bytes, " + b.remaining() + " left (truncated, or the sizes do not match)");
        }
        FloatBuffer out = ByteBuffer.allocateDirect(4 * n).order(ByteOrder.nativeOrder()).asFloatBuffer();
        if (dtype == FLOAT32) {
            FloatBuffer src = b.slice().order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer();
            src.limit(n);
            out.put(src);
            b.position(b.position() + 4 * n);
        } else {
            float[] scales = new float[(int) shape[0]];
            b.asFloatBuffer().get(scales);
            b.position(b.position() + 4 * scales.length);
            int row = n / scales.length;
            for (int i = 0; i < n; i++) {
                out.put(b.get() * scales[i / row]);
            }
        }
        out.flip();
        return new Tensor(name, shape, out);
    }

    private static int length(ByteBuffer b, String source, String what) {
        int n = b.getInt();
        if (n < 0 || n > b.remaining()) {
            throw new IllegalArgumentException(source + ": " + what + " of " + n + " bytes, " + b.remaining()
                    + " left (truncated?)");
        }
        return n;
    }

    private static String utf8(ByteBuffer b, int n, String source) {
        ByteBuffer slice = b.slice();
        slice.limit(n);
        b.position(b.position() + n);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(slice).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(source + ": bytes that are not UTF-8 where a string should be");
        }
    }

    /** Tokens per sentence, {@code [CLS]} and {@code [SEP]} included. */
    public int maxTokens() {
        return maxTokens;
    }

    public List<String> labels() {
        return labels;
    }

    /** The width of the pooled vector the head takes. */
    public int hidden() {
        return headWeight[0].length;
    }

    /** The head's weight row of a label (a copy). */
    public float[] headWeight(int label) {
        return headWeight[label].clone();
    }

    public float[] headBias() {
        return headBias.clone();
    }

    /** The tensors that replace the base graph's initializers, by name, in the file's order. */
    public Map<String, Tensor> overrides() {
        return overrides;
    }

    /** The header as read (it may say more than this class uses: how it was trained, checks). */
    JsonNode header() {
        return header;
    }

    /** logits = head.weight · pooled + head.bias, then softmax. */
    float[] probabilities(float[] pooled) {
        int k = headBias.length;
        double[] logits = new double[k];
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < k; c++) {
            double s = headBias[c];
            float[] w = headWeight[c];
            for (int j = 0; j < w.length; j++) {
                s += (double) w[j] * pooled[j];
            }
            logits[c] = s;
            max = Math.max(max, s);
        }
        double sum = 0;
        for (int c = 0; c < k; c++) {
            logits[c] = Math.exp(logits[c] - max);
            sum += logits[c];
        }
        float[] p = new float[k];
        for (int c = 0; c < k; c++) {
            p[c] = (float) (logits[c] / sum);
        }
        return p;
    }
}
