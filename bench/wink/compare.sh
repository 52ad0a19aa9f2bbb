#!/usr/bin/env bash
# Side-by-side: wink-nlp (English lite web model) and Stancewatch on the raw text of a UD test file, both scored
# by `stancewatch eval ud` (CoNLL 2018 metrics; Tokens, Sentences, UPOS), with tokens per second on one core.
# Usage: bench/wink/compare.sh [GOLD.conllu ...]   (default: EWT test and GUM permissive test from ../shared/ud)
# Writes bench/results/wink-comparison.md.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
shared="${STANCEWATCH_SHARED:-$repo/../shared}"
out="$repo/bench/results"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"
[ -d "$here/node_modules/wink-nlp" ] || (cd "$here" && npm install --no-audit --no-fund >/dev/null)
dotnet build -c Release "$repo/src/Stancewatch.Cli" -v q -nologo >/dev/null
sw="$repo/src/Stancewatch.Cli/bin/Release/net10.0/stancewatch"
golds=("$@")
[ ${#golds[@]} -gt 0 ] || golds=("$shared/ud/en_ewt-ud-test.conllu" "$shared/ud/en_gum-ud-test.permissive.conllu")
rows="$work/rows.jsonl"
for gold in "${golds[@]}"; do
  name="$(basename "$gold" .conllu)"
  node "$here/wink-conllu.js" "$gold" "$work/$name.wink.conllu" > "$work/$name.wink.speed.json"
  "$sw" eval ud --gold "$gold" --system "$work/$name.wink.conllu" --json > "$work/$name.wink.json"
  "$sw" eval ud --gold "$gold" --raw --json > "$work/$name.sw.json"
  node -e '
    const fs = require("fs");
    const [name, winkSpeed, wink, sw] = process.argv.slice(1);
    const s = JSON.parse(fs.readFileSync(winkSpeed)), w = JSON.parse(fs.readFileSync(wink)), o = JSON.parse(fs.readFileSync(sw));
    const row = (tool, m, tps, pipeline) => ({ file: name, tool, tokens: m.Tokens.f1, sentences: m.Sentences.f1, words: m.Words.f1,
      upos: pipeline.includes("tagger") || tool.startsWith("wink") ? m.UPOS.f1 : null, tps, pipeline });
    console.log(JSON.stringify(row(`wink-nlp ${s.version} + wink-eng-lite-web-model ${s.model}`, w.metrics, s.tokensPerSecond, "tokenize, sentences, pos")));
    console.log(JSON.stringify(row("Stancewatch", o.metrics, o.tokensPerSecond, o.pipeline)));
  ' "$name" "$work/$name.wink.speed.json" "$work/$name.wink.json" "$work/$name.sw.json" >> "$rows"
done
commit="$(git -C "$repo" rev-parse --short HEAD)"
node -e '
  const fs = require("fs"), os = require("os");
  const rows = fs.readFileSync(process.argv[1], "utf8").trim().split("\n").map(JSON.parse);
  const f = (v) => v === null || v === undefined ? "n/a" : v.toFixed(2);
  let md = "# wink-nlp vs Stancewatch on raw UD test text\n\n";
  md += `Commit ${process.argv[2]}, ${new Date().toISOString().slice(0, 10)}, ${os.cpus()[0].model}, ${os.cpus().length} cores, load average ${os.loadavg()[0].toFixed(1)} when run.\n`;
  md += "Both tools read the raw text of the gold file (documents at `# newdoc`, paragraphs at `# newpar` as blank lines) and are scored by `stancewatch eval ud` (CoNLL 2018 metrics, F1).\n";
  md += "Speed: tokens per CPU second of annotation on one thread (process CPU time, so the load of other processes on the shared machine does not count), best of three timed passes after three untimed warm-up passes (JIT), for both tools; file reading and CoNLL-U writing are not timed.\n";
  md += "wink splits contractions without marking multiword tokens; its clitics that follow the host without a space are written as UD multiword tokens so it is not penalised for that convention.\n";
  md += "UPOS for Stancewatch is n/a until a trained tagger is in models/.\n\n";
  md += "| File | Tool | Tokens F1 | Sentences F1 | Words F1 | UPOS F1 | Tokens per CPU second | Stages |\n|---|---|---:|---:|---:|---:|---:|---|\n";
  for (const r of rows) md += `| ${r.file} | ${r.tool} | ${f(r.tokens)} | ${f(r.sentences)} | ${f(r.words)} | ${f(r.upos)} | ${Math.round(r.tps).toLocaleString("en-US")} | ${r.pipeline} |\n`;
  md += "\nReproduce: `bench/wink/compare.sh` (needs node/npm, dotnet and ../shared/ud).\n";
  fs.writeFileSync(process.argv[3], md);
  process.stdout.write(md);
' "$rows" "$commit" "$out/wink-comparison.md"
