package org.sitrep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.sitrep.eval.cameo.CameoEvaluation;
import org.sitrep.eval.cameo.CameoSentence;
import org.sitrep.eval.cameo.CameoSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sitrep eval cameo}: real wire sentences, five CAMEO classes and source/target spans. */
@Command(name = "cameo", mixinStandardHelpOptions = true,
        description = {"Code the sentences of a CAMEO class set (sentence<TAB>class) with the production dictionaries,",
            "map each main event to CAMEO's quad classes (01-02, 03-05, 06-08, 09-13, 14-20) and print macro-F1,",
            "per-class figures, the confusion matrix and, with --spans, exact-span F1 for sources and targets.",
            "Sentences are coded under CAMEO's own conventions (statements and CAMEO's transformations of",
            "reported violence kept)."})
final class EvalCameoCommand implements Callable<Integer> {

    /**
     * How sure the judge must be to overrule the rules' class: fixed before measuring (a judge trained on
     * the tune half is sure of every tune sentence, so the tune half cannot choose it); the check half's
     * figures at other thresholds are printed beside it.
     */
    static final double JUDGE_THRESHOLD = 0.95;

    private static final String[] NAMES = {"statement", "verbal coop", "material coop", "verbal conflict", "material conflict"};

    @Spec
    CommandSpec spec;

    @Option(names = "--classes", required = true, paramLabel = "FILE", description = "sentence<TAB>class lines.")
    Path classes;

    @Option(names = "--spans", paramLabel = "FILE", description = "CoNLL tokens with B-/I-S, B-/I-T, B-/I-R tags.")
    Path spans;

    @Option(names = "--out", paramLabel = "FILE", description = "One JSON line per input line: line, class, cameo, source, target.")
    Path out;

    @Option(names = "--fast", description = {"Take the fast path: parse only the sentences the dictionary filter keeps",
        "(compare with the default full path to see what the filter loses)."})
    boolean fast;

    @Option(names = "--limit", paramLabel = "N", description = "Only the first N sentences.")
    Integer limit;

    @Override
    public Integer call() throws IOException {
        List<CameoSentence> sentences = CameoSet.read(classes, spans);
        if (limit != null) {
            if (limit <= 0) {
                throw new UsageException("--limit must be positive");
            }
            sentences = sentences.subList(0, Math.min(limit, sentences.size()));
        }
        PrintWriter err = spec.commandLine().getErr();
        int total = sentences.size();
        org.sitrep.pipeline.Pipeline pipeline = fast ? Pipelines.fast(null) : Pipelines.standard(null);
        CameoEvaluation eval = new CameoEvaluation(pipeline);
        List<CameoEvaluation.Prediction> predictions = eval.run(sentences, n -> {
            if (n % 100 == 0) {
                err.printf("coded %d of %d sentences%n", n, total);
                err.flush();
            }
        });
        CameoEvaluation.Scores s = CameoEvaluation.score(predictions);
        PrintWriter w = spec.commandLine().getOut();
        w.printf(Locale.ROOT, "CAMEO classes: macro-F1 %.3f over %d sentences (%d with no event coded)%n", s.macroF1(),
                predictions.size(), s.noEvent());
        w.printf("%-18s %9s %7s %7s%n", "class", "precision", "recall", "F1");
        for (int c = 0; c < 5; c++) {
            w.printf(Locale.ROOT, "%d %-16s %9.3f %7.3f %7.3f%n", c, NAMES[c], s.precision()[c], s.recall()[c], s.f1()[c]);
        }
        CameoEvaluation.Scores bySet = CameoEvaluation.score(predictions.stream()
                .map(p -> new CameoEvaluation.Prediction(p.sentence(), CameoSentence.setClassOf(p.cameo()), p.cameo(),
                        p.source(), p.target())).toList());
        w.printf(Locale.ROOT, "(with 16 as verbal conflict, as some of the set's labels have it: macro-F1 %.3f)%n",
                bySet.macroF1());
        org.sitrep.events.SentenceJudge judge = pipeline.coder().judge();
        if (judge != null) {
            float[][] p = judge.classify(predictions.stream().map(x -> x.sentence().text()).toList());
            w.println("(the judge sitrep ships is trained on the whole ConfliBERT training set: on its sentences the"
                    + " judge's figures measure memory; to measure, train on one half and set SITREP_JUDGE to that file)");
            w.printf(Locale.ROOT, "the judge alone: macro-F1 %.3f%n",
                    CameoEvaluation.score(CameoEvaluation.judged(predictions, p, 0.0)).macroF1());
            for (double t : new double[] {0.5, 0.7, 0.8, 0.9, 0.95, 0.98}) {
                w.printf(Locale.ROOT, "rules unless the judge is %.2f sure otherwise: macro-F1 %.3f%s%n", t,
                        CameoEvaluation.score(CameoEvaluation.judged(predictions, p, t)).macroF1(),
                        t == JUDGE_THRESHOLD ? " (sitrep's threshold)" : "");
            }
        }
        w.println("confusion (rows gold, columns predicted; last column: no event)");
        for (int g = 0; g < 5; g++) {
            StringBuilder sb = new StringBuilder(String.format("%d ", g));
            for (int p = 0; p < 6; p++) {
                sb.append(String.format("%6d", s.confusion()[g][p]));
            }
            w.println(sb);
        }
        if (spans != null) {
            w.printf(Locale.ROOT, "spans (%d sentences): source P %.3f R %.3f F1 %.3f; target P %.3f R %.3f F1 %.3f; both F1 %.3f%n",
                    s.withSpans(), s.sources().precision(), s.sources().recall(), s.sources().f1(),
                    s.targets().precision(), s.targets().recall(), s.targets().f1(), s.spans().f1());
        }
        w.flush();
        if (out != null) {
            ObjectMapper m = new ObjectMapper();
            try (BufferedWriter bw = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                for (CameoEvaluation.Prediction p : predictions) {
                    ObjectNode j = m.createObjectNode();
                    j.put("line", p.sentence().line());
                    if (p.predicted() == null) {
                        j.putNull("class");
                    } else {
                        j.put("class", p.predicted());
                    }
                    j.put("cameo", p.cameo());
                    j.put("source", p.source());
                    j.put("target", p.target());
                    bw.write(m.writeValueAsString(j));
                    bw.newLine();
                }
            }
        }
        return 0;
    }
}
