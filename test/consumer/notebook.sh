#!/usr/bin/env bash
# The notebook a user gets in the package (examples/notebook.ipynb), executed headless as the README
# says to set it up: a project with the packed tarball and tslab from npm, the tslab kernel installed
# into a Jupyter path of the project's own (no change to the user's kernels), node_modules/.bin on
# PATH, and Debian's nbclient and ipykernel (python3-nbclient, python3-ipykernel) running it.
# check-notebook.py compares its outputs with the library called from Node. Run by .ci/run.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
PY="${VIETNEWS_PYTHON:-/usr/bin/python3}"
if ! "$PY" -c 'import nbclient, ipykernel' 2>/dev/null; then
  echo "notebook: $PY lacks nbclient or ipykernel (apt-get install python3-nbclient python3-ipykernel)"
  exit 1
fi
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
(cd "$ROOT" && npm pack --silent --pack-destination "$WORK" > /dev/null)
cd "$WORK"
npm init -y > /dev/null
npm install --no-audit --no-fund --silent ./vietnews-*.tgz tslab@1
export PATH="$WORK/node_modules/.bin:$PATH"
export JUPYTER_PATH="$WORK/jupyter/share/jupyter"
tslab install --python="$PY" --prefix="$WORK/jupyter" > /dev/null
cp node_modules/vietnews/examples/notebook.ipynb node_modules/vietnews/examples/quang-tri-party-building.txt .
node - > expected.json <<'JS'
const { readFileSync } = require("fs");
const { normalize, parseArticle, segmentWords } = require("vietnews");
const a = parseArticle(readFileSync("quang-tri-party-building.txt", "utf8"));
const sample = "Ủy ban hoà giải, thuỷ lợi và hòa bình";
const first = a.sentences[0].text;
process.stdout.write(JSON.stringify({
  title: a.title,
  entities: a.entities.length,
  official: a.people[0].name,
  kinds: [...new Set(a.entities.map((e) => e.kind))],
  reasons: [...new Set(a.removed.map((r) => r.reason))],
  old: normalize(sample, { toneStyle: "old" }),
  new: normalize(sample, { toneStyle: "new" }),
  words: segmentWords(first).map((w) => w.text.replace(/ /g, "_")).join(" "),
}));
JS
"$PY" "$ROOT/test/consumer/check-notebook.py" notebook.ipynb expected.json
