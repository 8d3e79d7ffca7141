package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class PipelinesTest {

    @Test
    void aSlowLoadIsAnnouncedBeforeAndTimedAfter() {
        StringWriter err = new StringWriter();
        StringBuilder order = new StringBuilder();
        String v = Pipelines.loading(new PrintWriter(err, true), () -> {
            order.append(err.toString().isEmpty() ? "silent" : "announced");
            return "pipeline";
        });
        assertThat(v).isEqualTo("pipeline");
        assertThat(order).hasToString("announced");
        assertThat(err.toString().lines()).hasSize(2);
        assertThat(err.toString().lines().findFirst().orElseThrow()).startsWith("sitrep: loading the language models");
        assertThat(err.toString().lines().skip(1).findFirst().orElseThrow()).matches("sitrep: loaded in [0-9]+\\.[0-9] s");
        assertThat(Pipelines.loading(null, () -> 1)).as("nothing said without a stream").isEqualTo(1);
    }
}
