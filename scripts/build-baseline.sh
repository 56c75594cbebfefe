#!/usr/bin/env bash
# Builds the library at another commit into bench/.baseline/<commit>/dist, so `npm run bench` can
# time it in the same run as the working tree (ratios on a shared machine mean more than times).
# Usage: scripts/build-baseline.sh 2ec34ed
set -euo pipefail
commit="${1:?usage: scripts/build-baseline.sh <commit>}"
root="$(cd "$(dirname "$0")/.." && pwd)"
out="$root/bench/.baseline/$commit"
tmp="$(mktemp -d)"
trap 'git -C "$root" worktree remove --force "$tmp/src" >/dev/null 2>&1 || true; rm -rf "$tmp"' EXIT
git -C "$root" worktree add -q --detach "$tmp/src" "$commit"
ln -s "$root/node_modules" "$tmp/src/node_modules"
# CommonJS only, one file, no code splitting: that commit's own config split the CommonJS build,
# which tsup does with sucrase, turning every ?. and ?? into helper calls that made it about 1.4x
# slower than the same code as ESM or from the sources; the bench would then flatter this tree
(cd "$tmp/src" && npx tsup src/index.ts --no-config --format cjs --target node20 --out-dir dist --silent >/dev/null)
rm -rf "$out"
mkdir -p "$out"
cp -r "$tmp/src/dist" "$out/dist"
echo "built $commit into ${out#$root/}/dist"
