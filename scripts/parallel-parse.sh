#!/bin/sh
# The README's GNU parallel recipe as a script: NDJSON records on stdin, one result line per record on
# stdout in input order, one `vietnews parse --ndjson` per block of lines on every core (and on the
# hosts given with -S, which need vietnews installed).
#
#   scripts/parallel-parse.sh [--block 10M] [-j N] [-S host1,host2] [-- vietnews parse options] < crawl.ndjson > articles.ndjson
#
# VIETNEWS names the command (default "vietnews"; e.g. VIETNEWS="node dist/cli.js").
# Exit status: GNU parallel's, the number of blocks in which some record failed (0 = all ok).
set -eu
block=10M
jobs=""
hosts=""
while [ $# -gt 0 ]; do
  case "$1" in
    --block) block=$2; shift 2 ;;
    -j) jobs=$2; shift 2 ;;
    -S) hosts=$2; shift 2 ;;
    --) shift; break ;;
    *) echo "parallel-parse.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
set -- --will-cite --pipe --block "$block" -k ${jobs:+-j "$jobs"} ${hosts:+-S "$hosts"} ${VIETNEWS:-vietnews} parse --ndjson "$@"
exec parallel "$@"
