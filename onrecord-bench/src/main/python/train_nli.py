#!/usr/bin/env python3
"""Trains Onrecord's inference judge: a cross-encoder over the float all-MiniLM-L6-v2 weights that the
langchain4j Maven artifact ships, fine-tuned with low-rank adapters (LoRA) on every weight matrix, new biases
and layer norms, and a 3-way head (entailment, neutral, contradiction). What it writes is small: the adapters,
biases, norms and head (decision 0018). Onrecord runs it in Java: ONNX Runtime loads the artifact's graph and
overrides its initializers with the merged weights (analyse.Judge).

Called by `onrecord train nli`, which prepares the pairs (JSON Lines with a, b, label, split) and the graph:

    python3 train_nli.py --onnx all-minilm-l6-v2.onnx --vocab tokenizer.json --pairs pairs.jsonl --out judge.bin

Needs Debian's python3-torch (with libopenblas0-pthread) and python3-onnx; nothing from the network.
"""
import argparse
import json
import math
import random
import struct
import sys
import time
import unicodedata

import onnx
import torch
import torch.nn as nn
import torch.nn.functional as F
from onnx import numpy_helper

LABELS = ["entailment", "neutral", "contradiction"]
MAGIC = b"ORJUDGE1"


# --- WordPiece, as the tokenizer.json of the artifact defines it (BERT uncased: lower case, accents stripped).
# Java tokenizes with DJL's HuggingFaceTokenizer over the same file; JudgeTokenizerTest compares the two.
class WordPiece:
    def __init__(self, path):
        t = json.load(open(path, encoding="utf-8"))
        self.vocab = t["model"]["vocab"]
        self.unk = self.vocab["[UNK]"]
        self.cls, self.sep = self.vocab["[CLS]"], self.vocab["[SEP]"]

    @staticmethod
    def _punct(ch):
        cp = ord(ch)
        if 33 <= cp <= 47 or 58 <= cp <= 64 or 91 <= cp <= 96 or 123 <= cp <= 126:
            return True
        return unicodedata.category(ch).startswith("P")

    @staticmethod
    def _cjk(cp):
        return (0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF or 0x20000 <= cp <= 0x2A6DF or 0x2A700 <= cp <= 0x2B73F
                or 0x2B740 <= cp <= 0x2B81F or 0x2B820 <= cp <= 0x2CEAF or 0xF900 <= cp <= 0xFAFF or 0x2F800 <= cp <= 0x2FA1F)

    def words(self, text):
        out = []
        for ch in text:
            cp = ord(ch)
            if cp == 0 or cp == 0xFFFD or (unicodedata.category(ch) in ("Cc", "Cf") and ch not in "\t\n\r"):
                continue
            if ch in "\t\n\r" or unicodedata.category(ch) == "Zs":
                out.append(" ")
            elif self._cjk(cp):
                out.append(" " + ch + " ")
            else:
                out.append(ch)
        text = unicodedata.normalize("NFD", "".join(out).lower())
        text = "".join(c for c in text if unicodedata.category(c) != "Mn")
        words = []
        for w in text.split():
            cur = ""
            for ch in w:
                if self._punct(ch):
                    if cur:
                        words.append(cur)
                    words.append(ch)
                    cur = ""
                else:
                    cur += ch
            if cur:
                words.append(cur)
        return words

    def ids(self, text):
        out = []
        for w in self.words(text):
            if len(w) > 100:
                out.append(self.unk)
                continue
            start, pieces = 0, []
            while start < len(w):
                end, found = len(w), None
                while start < end:
                    sub = ("##" if start > 0 else "") + w[start:end]
                    if sub in self.vocab:
                        found = self.vocab[sub]
                        break
                    end -= 1
                if found is None:
                    pieces = [self.unk]
                    break
                pieces.append(found)
                start = end
            out.extend(pieces)
        return out

    def pair(self, a, b, max_len=128):
        x, y = self.ids(a), self.ids(b)
        # longest first, as the tokenizer.json's truncation says
        while len(x) + len(y) > max_len - 3:
            if len(x) >= len(y):
                x.pop()
            else:
                y.pop()
        ids = [self.cls] + x + [self.sep] + y + [self.sep]
        types = [0] * (len(x) + 2) + [1] * (len(y) + 1)
        return ids, types


# --- The encoder, with its weights read from the ONNX graph and adapters on every matrix.
class LoRALinear(nn.Module):
    def __init__(self, weight, bias, rank, alpha):
        super().__init__()
        self.weight = nn.Parameter(weight, requires_grad=False)  # [in, out] as the graph's MatMul holds it
        self.bias = nn.Parameter(bias.clone())
        self.a = nn.Parameter(torch.randn(weight.shape[0], rank) / math.sqrt(weight.shape[0]))
        self.b = nn.Parameter(torch.zeros(rank, weight.shape[1]))
        self.scale = alpha / rank

    def forward(self, x):
        return x @ self.weight + (x @ self.a) @ self.b * self.scale + self.bias

    def merged(self):
        return self.weight + self.a @ self.b * self.scale


class Encoder(nn.Module):
    def __init__(self, onnx_path, rank, alpha, heads=12, first_trained=0):
        super().__init__()
        self.first_trained = first_trained
        m = onnx.load(onnx_path)
        init = {i.name: torch.tensor(numpy_helper.to_array(i).copy()) for i in m.graph.initializer}
        consumers = {}
        for n in m.graph.node:
            for x in n.input:
                consumers.setdefault(x, []).append(n)
        self.matmul = {}  # bias name -> MatMul initializer name
        for n in m.graph.node:
            if n.op_type == "MatMul" and n.input[1] in init:
                for c in consumers.get(n.output[0], []):
                    if c.op_type == "Add":
                        for x in c.input:
                            if x in init and x.endswith(".bias"):
                                self.matmul[x] = n.input[1]
        self.heads = heads
        self.word = nn.Parameter(init["embeddings.word_embeddings.weight"], requires_grad=False)
        self.pos = nn.Parameter(init["embeddings.position_embeddings.weight"], requires_grad=False)
        self.typ = nn.Parameter(init["embeddings.token_type_embeddings.weight"], requires_grad=False)
        self.norms = nn.ParameterDict()
        self.linears = nn.ModuleDict()
        self.names = {}
        for name, t in init.items():
            if "LayerNorm" in name:
                self.norms[name.replace(".", "_")] = nn.Parameter(t.clone())
                self.names[name.replace(".", "_")] = name
        for bias, w in self.matmul.items():
            key = bias[: -len(".bias")].replace(".", "_")
            self.linears[key] = LoRALinear(init[w], init[bias], rank, alpha)
            self.names[key] = bias
        self.layers = 1 + max(int(k.split(".")[2]) for k in self.matmul)
        # layers below first_trained keep the base weights: no adapters, no gradient through them (half the cost)
        for name, p in list(self.norms.items()) + [(k + "_", q) for k, m in self.linears.items() for q in m.parameters()]:
            if name.startswith("embeddings") or (name.startswith("encoder_layer_") and int(name.split("_")[2]) < first_trained):
                p.requires_grad_(False)

    def norm(self, x, name):
        return F.layer_norm(x, (x.shape[-1],), self.norms[(name + ".weight").replace(".", "_")],
                            self.norms[(name + ".bias").replace(".", "_")], eps=1e-12)

    def lin(self, x, name):
        return self.linears[name.replace(".", "_")](x)

    def forward(self, ids, types, mask):
        n, t = ids.shape
        x = self.word[ids] + self.pos[:t].unsqueeze(0) + self.typ[types]
        x = self.norm(x, "embeddings.LayerNorm")
        bias = (1.0 - mask[:, None, None, :].float()) * -10000.0
        for i in range(self.layers):
            if i < self.first_trained and torch.is_grad_enabled():
                with torch.no_grad():
                    x = self.layer(x, i, n, t, bias)
            else:
                x = self.layer(x, i, n, t, bias)
        return x

    def layer(self, x, i, n, t, bias):
        p = "encoder.layer.%d." % i
        d = x.shape[-1] // self.heads
        q = self.lin(x, p + "attention.self.query").view(n, t, self.heads, d).transpose(1, 2)
        k = self.lin(x, p + "attention.self.key").view(n, t, self.heads, d).transpose(1, 2)
        v = self.lin(x, p + "attention.self.value").view(n, t, self.heads, d).transpose(1, 2)
        att = torch.softmax(q @ k.transpose(-1, -2) / math.sqrt(d) + bias, dim=-1)
        ctx = (att @ v).transpose(1, 2).reshape(n, t, -1)
        x = self.norm(self.lin(ctx, p + "attention.output.dense") + x, p + "attention.output.LayerNorm")
        h = F.gelu(self.lin(x, p + "intermediate.dense"))
        x = self.norm(self.lin(h, p + "output.dense") + x, p + "output.LayerNorm")
        return x


class Judge(nn.Module):
    """Mean of the token states (as all-MiniLM was trained to pool), then one linear layer to three classes."""

    def __init__(self, encoder):
        super().__init__()
        self.encoder = encoder
        self.head = nn.Linear(384, 3)
        self.drop = nn.Dropout(0.1)

    def forward(self, ids, types, mask):
        h = self.encoder(ids, types, mask)
        m = mask.unsqueeze(-1).float()
        pooled = (h * m).sum(1) / m.sum(1).clamp(min=1)
        return self.head(self.drop(pooled))


def batches(items, size, shuffle):
    # batches of similar length: short caption pairs do not pay for long news pairs' padding
    order = sorted(range(len(items)), key=lambda i: len(items[i][0]))
    groups = [order[i:i + size] for i in range(0, len(order), size)]
    if shuffle:
        random.shuffle(groups)
    for g in groups:
        t = max(len(items[i][0]) for i in g)
        ids = torch.zeros(len(g), t, dtype=torch.long)
        types = torch.zeros(len(g), t, dtype=torch.long)
        mask = torch.zeros(len(g), t, dtype=torch.long)
        labels = torch.tensor([items[i][2] for i in g])
        weights = torch.tensor([items[i][3] for i in g])
        for r, i in enumerate(g):
            x, y = items[i][0], items[i][1]
            ids[r, :len(x)] = torch.tensor(x)
            types[r, :len(y)] = torch.tensor(y)
            mask[r, :len(x)] = 1
        yield g, ids, types, mask, labels, weights


def evaluate(model, items, size=64):
    model.eval()
    probs = [None] * len(items)
    with torch.no_grad():
        for g, ids, types, mask, _, _ in batches(items, size, False):
            p = torch.softmax(model(ids, types, mask), -1)
            for r, i in enumerate(g):
                probs[i] = p[r].tolist()
    model.train()
    return probs


def report(name, items, probs):
    if not items:
        return
    right = sum(1 for it, p in zip(items, probs) if max(range(3), key=lambda k: p[k]) == it[2])
    tp = sum(1 for it, p in zip(items, probs) if it[2] == 2 and max(range(3), key=lambda k: p[k]) == 2)
    pp = sum(1 for p in probs if max(range(3), key=lambda k: p[k]) == 2)
    gp = sum(1 for it in items if it[2] == 2)
    f1 = 2 * tp / (pp + gp) if pp + gp else 0.0
    print("%s: %d pairs, accuracy %.3f, contradiction F1 %.3f (%d true)" % (name, len(items), right / len(items), f1, gp), flush=True)


def write(model, path):
    """Adapters merged into each matrix as a low-rank pair, the trained biases and norms, and the head, as
    float32: [MAGIC][count] then per tensor [name][kind][rank][dims][data]."""
    enc = model.encoder
    out = []
    for key, lin in enc.linears.items():
        bias = enc.names[key]
        w = enc.matmul[bias]
        out.append((w, 1, (lin.a.detach() * lin.scale).contiguous()))  # kind 1: left factor A*scale, [in, r]
        out.append((w, 2, lin.b.detach().contiguous()))  # kind 2: right factor B, [r, out]
        out.append((bias, 0, lin.bias.detach().contiguous()))
    for key, p in enc.norms.items():
        out.append((enc.names[key], 0, p.detach().contiguous()))
    out.append(("head.weight", 0, model.head.weight.detach().contiguous()))  # [3, 384]
    out.append(("head.bias", 0, model.head.bias.detach().contiguous()))
    with open(path, "wb") as f:
        f.write(MAGIC)
        f.write(struct.pack(">i", len(out)))
        for name, kind, t in out:
            b = name.encode("utf-8")
            f.write(struct.pack(">h", len(b)))
            f.write(b)
            f.write(struct.pack(">b", kind))
            f.write(struct.pack(">b", t.dim()))
            for d in t.shape:
                f.write(struct.pack(">i", d))
            f.write(t.float().numpy().astype(">f4").tobytes())


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--onnx", required=True)
    ap.add_argument("--vocab", required=True)
    ap.add_argument("--pairs", required=True, help="JSON Lines: a, b, label, split (train/heldout/snli-dev), weight")
    ap.add_argument("--out", required=True)
    ap.add_argument("--predictions", help="write held-out probabilities here (JSON Lines)")
    ap.add_argument("--epochs", type=float, default=2.0)
    ap.add_argument("--rank", type=int, default=16)
    ap.add_argument("--lr", type=float, default=1e-3)
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--max-eval", type=int, default=3000)
    ap.add_argument("--max-len", type=int, default=128)
    ap.add_argument("--first-trained-layer", type=int, default=0, help="layers below keep the base weights")
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    random.seed(args.seed)
    torch.manual_seed(args.seed)
    tok = WordPiece(args.vocab)
    splits = {}
    for line in open(args.pairs, encoding="utf-8"):
        r = json.loads(line)
        ids, types = tok.pair(r["a"], r["b"], args.max_len)
        splits.setdefault(r["split"], []).append((ids, types, LABELS.index(r["label"]), float(r.get("weight", 1.0)), r))
    for k, v in splits.items():
        print("%s: %d pairs %s" % (k, len(v), {l: sum(1 for x in v if x[2] == i) for i, l in enumerate(LABELS)}), flush=True)
    train = splits.get("train", [])
    model = Judge(Encoder(args.onnx, args.rank, 2 * args.rank, first_trained=args.first_trained_layer))
    params = [p for p in model.parameters() if p.requires_grad]
    print("trainable parameters: %d" % sum(p.numel() for p in params), flush=True)
    opt = torch.optim.AdamW(params, lr=args.lr, weight_decay=0.01)
    steps = int(math.ceil(len(train) / args.batch) * args.epochs)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min(1.0, s / max(1, steps // 20)) * max(0.0, 1 - s / max(1, steps)))
    step, started = 0, time.time()
    while step < steps:
        for g, ids, types, mask, labels, weights in batches(train, args.batch, True):
            loss = (F.cross_entropy(model(ids, types, mask), labels, reduction="none") * weights).mean()
            opt.zero_grad()
            loss.backward()
            opt.step()
            sched.step()
            step += 1
            if step % 50 == 0:
                el = time.time() - started
                print("step %d/%d loss %.3f, %.0f s, ~%.0f s left" % (step, steps, loss.item(), el, el / step * (steps - step)), flush=True)
            if step >= steps:
                break
    write(model, args.out)
    print("wrote %s" % args.out, flush=True)
    for name in sorted(splits):
        if name == "train":
            continue
        items = splits[name]
        if len(items) > args.max_eval:
            items = random.Random(1).sample(items, args.max_eval)
        probs = evaluate(model, items)
        report(name, items, probs)
        if args.predictions:
            with open(args.predictions, "a", encoding="utf-8") as f:
                for it, p in zip(items, probs):
                    f.write(json.dumps({"split": name, "id": it[4].get("id"), "label": LABELS[it[2]], "p": p}) + "\n")


if __name__ == "__main__":
    sys.exit(main())
