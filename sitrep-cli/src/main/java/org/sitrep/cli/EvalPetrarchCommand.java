package org.sitrep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.eval.petrarch.PetrarchEvaluation;
import org.sitrep.eval.petrarch.PetrarchRecord;
import org.sitrep.eval.petrarch.PetrarchSuite;
import org.sitrep.nlp.CoreNlpAnnotator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sitrep eval petrarch}: the PETRARCH/TABARI validation suite, coded from raw text. */
@Command(name = "petrarch", mixinStandardHelpOptions = true,
        description = {"Code the PETRARCH/TABARI validation suite from its raw <Text> with sitrep's pipeline and the",
            "suite's dictionaries; print the pass rate, a table by category and the failing records."})
final class EvalPetrarchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--records", required = true, paramLabel = "FILE", description = "The suite's XML records.")
    Path records;

    @Option(names = "--dictionaries", required = true, paramLabel = "DIR",
            description = "Where the dictionary files its <Environment> names are.")
    Path dictionaries;

    @Option(names = "--out", paramLabel = "FILE", description = "Write one JSON line per record: id, expected, actual, pass.")
    Path out;

    @Option(names = "--quiet", description = "Only the figures, not the failing records.")
    boolean quiet;

    @Option(names = "--explain", paramLabel = "ID", split = ",",
            description = "Only these records, saying what was found in them and why each verb was coded as it was.")
    List<String> explain;

    @Option(names = "--fast", description = {"Take the fast path: parse only the sentences the dictionary filter keeps",
        "(compare with the default full path to see what the filter loses)."})
    boolean fast;

    @Override
    public Integer call() throws IOException {
        PetrarchSuite suite = PetrarchSuite.read(records);
        PetrarchEvaluation eval = PetrarchEvaluation.forSuite(suite, dictionaries,
                fast ? null : CoreNlpAnnotator.shared());
        PrintWriter err = spec.commandLine().getErr();
        if (explain != null && !explain.isEmpty()) {
            PrintWriter w = spec.commandLine().getOut();
            for (PetrarchRecord r : suite.records()) {
                if (!explain.contains(r.id())) {
                    continue;
                }
                List<String> lines = new java.util.ArrayList<>();
                PetrarchEvaluation.Outcome o = eval.code(r, lines);
                w.println(r.id() + " " + r.config() + (o.pass() ? " PASS" : " FAIL"));
                lines.forEach(l -> w.println("  " + l));
                w.println("  expected " + triples(r.expected()) + (r.error() == null ? "" : " error " + r.error()));
                w.println("  actual   " + triples(o.actual()) + (o.error() == null ? "" : " error " + o.error()));
            }
            w.flush();
            return 0;
        }
        int[] n = {0};
        PetrarchEvaluation.Report report = eval.run(suite.records(), o -> {
            if (++n[0] % 20 == 0) {
                err.printf("coded %d of %d records%n", n[0], suite.records().size());
                err.flush();
            }
        });
        PrintWriter w = spec.commandLine().getOut();
        w.printf(Locale.ROOT, "PETRARCH validation: %d of %d records exact (%.1f%%)%n", report.passed(),
                report.outcomes().size(), 100 * report.passRate());
        w.printf("%-12s %6s %6s %7s%n", "category", "pass", "total", "rate");
        for (var e : report.byCategory().entrySet()) {
            w.printf(Locale.ROOT, "%-12s %6d %6d %6.1f%%%n", e.getKey(), e.getValue()[0], e.getValue()[1],
                    100.0 * e.getValue()[0] / e.getValue()[1]);
        }
        List<PetrarchEvaluation.Outcome> failed = report.outcomes().stream().filter(o -> !o.pass()).toList();
        w.println("failing: " + String.join(" ", failed.stream().map(o -> o.record().id()).toList()));
        if (!quiet) {
            for (PetrarchEvaluation.Outcome o : failed) {
                w.println("  " + o.record().id() + ": " + o.record().text());
                w.println("      expected " + (o.record().error() != null ? "error " + o.record().error() : triples(o.record().expected())));
                w.println("      actual   " + (o.error() != null ? "error " + o.error() : triples(o.actual())));
            }
        }
        w.flush();
        if (out != null) {
            ObjectMapper m = new ObjectMapper();
            try (BufferedWriter bw = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                for (PetrarchEvaluation.Outcome o : report.outcomes()) {
                    ObjectNode j = m.createObjectNode();
                    j.put("id", o.record().id());
                    j.put("category", o.record().category());
                    ArrayNode exp = j.putArray("expected");
                    o.record().expected().forEach(t -> exp.add(m.valueToTree(t.asList())));
                    if (o.record().error() != null) {
                        j.put("expected_error", o.record().error());
                    }
                    ArrayNode act = j.putArray("actual");
                    o.actual().forEach(t -> act.add(m.valueToTree(t.asList())));
                    if (o.error() != null) {
                        j.put("error", o.error());
                    }
                    j.put("pass", o.pass());
                    bw.write(m.writeValueAsString(j));
                    bw.newLine();
                }
            }
        }
        return 0;
    }

    private static String triples(List<PetrarchRecord.Triple> ts) {
        return ts.isEmpty() ? "(none)" : String.join(" ", ts.stream().map(t -> "(" + t.source() + " " + t.target() + " " + t.code() + ")").toList());
    }
}
