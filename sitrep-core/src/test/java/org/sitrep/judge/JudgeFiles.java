package org.sitrep.judge;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/** Writes judge weights files (see {@link JudgeModel}) for tests, well formed or not. */
final class JudgeFiles {

    static final String HEADER = "{\"max_tokens\":128,\"labels\":[\"0\",\"1\",\"2\",\"3\",\"4\"],\"pooling\":\"mean\"}";
    static final int HIDDEN = 384;
    static final int LABELS = 5;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private int count;
    private final ByteArrayOutputStream tensors = new ByteArrayOutputStream();
    private byte[] magic = JudgeModel.MAGIC;
    private String header = HEADER;

    static JudgeFiles of() {
        return new JudgeFiles();
    }

    /** A well formed file: the default header and a random head, nothing overridden. */
    static JudgeFiles randomHead(long seed) {
        Random r = new Random(seed);
        float[] w = new float[LABELS * HIDDEN];
        for (int i = 0; i < w.length; i++) {
            w[i] = (float) (r.nextGaussian() * 0.5);
        }
        float[] b = new float[LABELS];
        for (int i = 0; i < b.length; i++) {
            b[i] = (float) r.nextGaussian();
        }
        return of().float32(JudgeModel.HEAD_WEIGHT, new int[] {LABELS, HIDDEN}, w)
                .float32(JudgeModel.HEAD_BIAS, new int[] {LABELS}, b);
    }

    JudgeFiles magic(String m) {
        this.magic = m.getBytes(StandardCharsets.US_ASCII);
        return this;
    }

    JudgeFiles header(String json) {
        this.header = json;
        return this;
    }

    JudgeFiles float32(String name, int[] dims, float[] values) {
        start(name, JudgeModel.FLOAT32, dims);
        ByteBuffer b = le(4 * values.length);
        for (float v : values) {
            b.putFloat(v);
        }
        tensors.writeBytes(b.array());
        return this;
    }

    JudgeFiles int8(String name, int[] dims, float[] scales, byte[] values) {
        start(name, JudgeModel.INT8, dims);
        ByteBuffer b = le(4 * scales.length);
        for (float s : scales) {
            b.putFloat(s);
        }
        tensors.writeBytes(b.array());
        tensors.writeBytes(values);
        return this;
    }

    /** A tensor entry whose dtype byte is anything at all, followed by nothing. */
    JudgeFiles rawTensorStart(String name, byte dtype, int[] dims) {
        start(name, dtype, dims);
        return this;
    }

    private void start(String name, byte dtype, int[] dims) {
        count++;
        byte[] n = name.getBytes(StandardCharsets.UTF_8);
        ByteBuffer b = le(4 + n.length + 1 + 4 + 4 * dims.length);
        b.putInt(n.length).put(n).put(dtype).putInt(dims.length);
        for (int d : dims) {
            b.putInt(d);
        }
        tensors.writeBytes(b.array());
    }

    byte[] bytes() {
        out.reset();
        out.writeBytes(magic);
        byte[] h = header.getBytes(StandardCharsets.UTF_8);
        out.writeBytes(le(4).putInt(h.length).array());
        out.writeBytes(h);
        out.writeBytes(le(4).putInt(count).array());
        out.writeBytes(tensors.toByteArray());
        return out.toByteArray();
    }

    Path write(Path dir, String name) {
        return write(dir, name, bytes());
    }

    static Path write(Path dir, String name, byte[] bytes) {
        try {
            return Files.write(dir.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ByteBuffer le(int n) {
        return ByteBuffer.allocate(n).order(ByteOrder.LITTLE_ENDIAN);
    }
}
