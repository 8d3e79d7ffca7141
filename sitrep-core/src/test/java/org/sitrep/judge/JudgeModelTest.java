package org.sitrep.judge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JudgeModelTest {

    @TempDir
    Path dir;

    private static float[] head(int labels, int hidden) {
        float[] w = new float[labels * hidden];
        for (int i = 0; i < w.length; i++) {
            w[i] = i * 0.25f;
        }
        return w;
    }

    private static JudgeFiles small(String header, int labels) {
        return JudgeFiles.of().header(header)
                .float32("head.weight", new int[] {labels, 3}, head(labels, 3))
                .float32("head.bias", new int[] {labels}, new float[labels]);
    }

    private static JudgeModel parse(byte[] bytes) {
        return JudgeModel.parse(bytes, "judge.bin");
    }

    @Test
    void readsHeaderHeadAndOverrides() {
        Path file = JudgeFiles.of()
                .float32("head.weight", new int[] {2, 3}, new float[] {1, 2, 3, 4, 5, 6})
                .float32("head.bias", new int[] {2}, new float[] {0.5f, -0.5f})
                .float32("embeddings.LayerNorm.bias", new int[] {4}, new float[] {1, -2, 3.5f, 0})
                .int8("onnx::MatMul_1", new int[] {2, 3}, new float[] {0.5f, 2f}, new byte[] {1, -2, 127, -128, 0, 3})
                .header("{\"max_tokens\":64,\"labels\":[\"war\",\"peace\"],\"pooling\":\"mean\",\"trained\":{\"epochs\":5}}")
                .write(dir, "judge.bin");
        JudgeModel m = JudgeModel.read(file);
        assertThat(m.maxTokens()).isEqualTo(64);
        assertThat(m.labels()).containsExactly("war", "peace");
        assertThat(m.hidden()).isEqualTo(3);
        assertThat(m.headWeight(0)).containsExactly(1, 2, 3);
        assertThat(m.headWeight(1)).containsExactly(4, 5, 6);
        assertThat(m.headBias()).containsExactly(0.5f, -0.5f);
        assertThat(m.header().path("trained").path("epochs").asInt()).isEqualTo(5);
        assertThat(m.overrides()).containsOnlyKeys("embeddings.LayerNorm.bias", "onnx::MatMul_1");
        assertThat(m.overrides().keySet()).containsExactly("embeddings.LayerNorm.bias", "onnx::MatMul_1");

        JudgeModel.Tensor ln = m.overrides().get("embeddings.LayerNorm.bias");
        assertThat(ln.shape()).containsExactly(4);
        assertThat(values(ln)).containsExactly(1, -2, 3.5f, 0);
        assertThat(ln.data().isDirect()).isTrue();

        // int8: value = int8 × the scale of its row (first index)
        JudgeModel.Tensor mm = m.overrides().get("onnx::MatMul_1");
        assertThat(mm.shape()).containsExactly(2, 3);
        assertThat(values(mm)).containsExactly(0.5f, -1f, 63.5f, -256f, 0f, 6f);
    }

    @Test
    void maxTokensDefaultsTo128() {
        JudgeModel m = parse(small("{\"labels\":[\"a\",\"b\"]}", 2).bytes());
        assertThat(m.maxTokens()).isEqualTo(128);
        assertThat(m.overrides()).isEmpty();
    }

    @Test
    void probabilitiesAreTheSoftmaxOfTheHead() {
        JudgeModel m = parse(JudgeFiles.of().header("{\"labels\":[\"a\",\"b\",\"c\"]}")
                .float32("head.weight", new int[] {3, 2}, new float[] {1, 0, 0, 1, 0, 0})
                .float32("head.bias", new int[] {3}, new float[] {0, 0, 1000})
                .bytes());
        // logits 1001, 1002, 1000: no overflow for large logits
        float[] p = m.probabilities(new float[] {1001, 1002});
        double z = Math.exp(-1) + 1 + Math.exp(-2);
        assertThat(p[0]).isCloseTo((float) (Math.exp(-1) / z), within(1e-6f));
        assertThat(p[1]).isCloseTo((float) (1 / z), within(1e-6f));
        assertThat(p[2]).isCloseTo((float) (Math.exp(-2) / z), within(1e-6f));
    }

    @Test
    void refusesAWrongMagic() {
        byte[] bytes = JudgeFiles.randomHead(1).magic("SRJUDGE2").bytes();
        assertThatThrownBy(() -> parse(bytes)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("judge.bin: not a judge weights file (magic is not SRJUDGE1)");
        assertThatThrownBy(() -> parse(new byte[] {'S', 'R'})).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a judge weights file");
        Path file = JudgeFiles.write(dir, "x.onnx", "PK\u0003\u0004 something else".getBytes());
        assertThatThrownBy(() -> JudgeModel.read(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("x.onnx").hasMessageContaining("magic");
    }

    @Test
    void refusesAFileCutShortAnywhere() {
        byte[] whole = JudgeFiles.of()
                .float32("head.weight", new int[] {2, 3}, new float[6])
                .float32("head.bias", new int[] {2}, new float[2])
                .int8("onnx::MatMul_1", new int[] {2, 3}, new float[] {1, 1}, new byte[6])
                .header("{\"labels\":[\"a\",\"b\"]}")
                .bytes();
        assertThat(parse(whole).overrides()).hasSize(1);
        for (int cut = 0; cut < whole.length; cut++) {
            byte[] part = Arrays.copyOf(whole, cut);
            assertThatThrownBy(() -> parse(part)).as("cut at %d", cut)
                    .isInstanceOf(IllegalArgumentException.class)
                    .message().startsWith("judge.bin: ").doesNotContain("\n");
        }
    }

    @Test
    void refusesBytesAfterTheLastTensor() {
        byte[] whole = JudgeFiles.randomHead(2).bytes();
        byte[] more = Arrays.copyOf(whole, whole.length + 3);
        assertThatThrownBy(() -> parse(more)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("judge.bin: 3 bytes after the last tensor");
    }

    @Test
    void refusesAnUnknownDtype() {
        byte[] bytes = JudgeFiles.randomHead(3).rawTensorStart("onnx::MatMul_1", (byte) 2, new int[] {2}).bytes();
        assertThatThrownBy(() -> parse(bytes)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("judge.bin: tensor onnx::MatMul_1: unknown dtype 2 (0 float32, 1 int8)");
    }

    @Test
    void refusesAMissingHead() {
        byte[] noWeight = JudgeFiles.of().float32("head.bias", new int[] {5}, new float[5]).bytes();
        assertThatThrownBy(() -> parse(noWeight)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("judge.bin: no head.weight (the classifier head)");
        byte[] noBias = JudgeFiles.of().float32("head.weight", new int[] {5, 384}, new float[5 * 384]).bytes();
        assertThatThrownBy(() -> parse(noBias)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("judge.bin: no head.bias (the classifier head)");
    }

    @Test
    void refusesSizesThatDoNotMatch() {
        // a head of 4 rows for 5 labels
        byte[] rows = JudgeFiles.of().float32("head.weight", new int[] {4, 384}, new float[4 * 384])
                .float32("head.bias", new int[] {4}, new float[4]).bytes();
        assertThatThrownBy(() -> parse(rows)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("judge.bin: head.weight is [4, 384], not [5 labels, hidden]");
        byte[] bias = JudgeFiles.of().float32("head.weight", new int[] {5, 384}, new float[5 * 384])
                .float32("head.bias", new int[] {5, 1}, new float[5]).bytes();
        assertThatThrownBy(() -> parse(bias)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("judge.bin: head.bias is [5, 1], not [5]");
        // dims that promise more values than follow
        byte[] dims = JudgeFiles.randomHead(4).float32("embeddings.LayerNorm.bias", new int[] {384}, new float[300]).bytes();
        assertThatThrownBy(() -> parse(dims)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("judge.bin: tensor embeddings.LayerNorm.bias [384]: needs 1536 bytes, 1200 left");
        byte[] zero = JudgeFiles.randomHead(4).float32("embeddings.LayerNorm.bias", new int[] {0}, new float[0]).bytes();
        assertThatThrownBy(() -> parse(zero)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("judge.bin: tensor embeddings.LayerNorm.bias: dimension 0 is 0");
        byte[] huge = JudgeFiles.randomHead(4).rawTensorStart("x", (byte) 0, new int[] {1 << 20, 1 << 20}).bytes();
        assertThatThrownBy(() -> parse(huge)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("too large");
        byte[] twice = JudgeFiles.randomHead(4).float32("head.bias", new int[] {5}, new float[5]).bytes();
        assertThatThrownBy(() -> parse(twice)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("judge.bin: tensor head.bias twice");
    }

    @Test
    void refusesABadHeader() {
        assertThatThrownBy(() -> parse(small("{\"labels\":", 5).bytes())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("judge.bin: header is not JSON");
        assertThatThrownBy(() -> parse(small("{\"max_tokens\":128}", 5).bytes())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no \"labels\"");
        assertThatThrownBy(() -> parse(small("{\"labels\":[\"a\"],\"pooling\":\"cls\"}", 1).bytes()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("judge.bin: pooling 'cls' (only mean is known)");
        assertThatThrownBy(() -> parse(small("{\"labels\":[\"a\"],\"max_tokens\":1000}", 1).bytes()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("max_tokens 1000");
        assertThatThrownBy(() -> parse(small("[1,2]", 1).bytes()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("judge.bin: header is not a JSON object");
    }

    private static float[] values(JudgeModel.Tensor t) {
        FloatBuffer b = t.data();
        float[] v = new float[b.remaining()];
        b.get(v);
        return v;
    }
}
