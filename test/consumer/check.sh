#!/usr/bin/env bash
# A user's project made from the packed tarball, as `npm install vietnews` gives it: the install's
# size (under 15 MB, no addon built), require and import, tsc --strict over code that switches over
# entity kinds and removal reasons, and ts-node running that code as a script and in its REPL with
# the tsconfig the README gives ("module": "commonjs"). Run by .ci/run after the build.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
BIN="$ROOT/node_modules/.bin"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
(cd "$ROOT" && npm pack --silent --pack-destination "$WORK" > /dev/null)
cd "$WORK"
npm init -y > /dev/null
npm install --no-audit --no-fund --silent ./vietnews-*.tgz
size=$(du -sk node_modules | cut -f1)
echo "consumer: install size ${size} kB"
if [ "$size" -ge 15360 ]; then echo "consumer: the install is over 15 MB"; exit 1; fi
if find node_modules -name '*.node' -newer package.json | grep -q .; then
  echo "consumer: a native addon was built at install"; exit 1
fi
node -e 'const v = require("vietnews"); if (v.fold("Đảng") !== "Dang") throw new Error("require"); console.log("consumer: require ok")'
node --input-type=module -e 'import { parseArticle } from "vietnews"; if (parseArticle("Tiêu đề\n\nBộ Chính trị họp.").entities[0].kind !== "body") throw new Error("import"); console.log("consumer: import ok")'
cp "$ROOT/test/consumer/usage.ts" usage.ts
cat > tsconfig.json <<'JSON'
{
  "compilerOptions": {
    "module": "commonjs",
    "moduleResolution": "node10",
    "target": "es2022",
    "strict": true,
    "esModuleInterop": true,
    "skipLibCheck": false,
    "types": ["node"],
    "typeRoots": ["ROOT/node_modules/@types"]
  }
}
JSON
sed -i "s#ROOT#$ROOT#" tsconfig.json
"$BIN/tsc" -p tsconfig.json --noEmit
echo "consumer: tsc --strict ok"
"$BIN/ts-node" usage.ts
printf 'import { fold } from "vietnews";\nconsole.log("consumer: ts-node REPL " + fold("Ủy ban"));\n' | "$BIN/ts-node" -i > repl.out 2>&1 || true
cat repl.out | tail -5
grep -q "consumer: ts-node REPL Uy ban" repl.out
echo "consumer: ts-node REPL ok"
