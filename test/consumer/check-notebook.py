"""Executes the packed package's notebook headless in the tslab kernel (nbclient) and checks what it
printed against the same library called from Node: every code cell ran without an error, and the
title, the view, the first official, the entity kinds, the removal reasons, the tone styles and the
words are in its outputs. Usage: check-notebook.py NOTEBOOK EXPECTED_JSON (run by notebook.sh)."""
import json
import sys

import nbformat
from nbclient import NotebookClient

path, expected_path = sys.argv[1], sys.argv[2]
expected = json.load(open(expected_path, encoding="utf-8"))
nb = nbformat.read(path, as_version=4)
NotebookClient(nb, timeout=180, kernel_name="tslab", resources={"metadata": {"path": "."}}).execute()

code = [c for c in nb.cells if c.cell_type == "code"]


def text_of(cell):
    parts = []
    for o in cell.outputs:
        if o.output_type == "error":
            sys.exit(f"notebook: a cell failed: {o.ename}: {o.evalue}")
        if o.output_type == "stream":
            parts.append(o.text)
        else:
            parts.extend(str(v) for v in o.get("data", {}).values())
    return "".join(parts)


outs = [text_of(c) for c in code]
if len(outs) != 7:
    sys.exit(f"notebook: expected 7 code cells, found {len(outs)}")


def need(k, what, label):
    if what not in outs[k]:
        sys.exit(f"notebook: cell {k + 1} ({label}) lacks {what!r}; it printed:\n{outs[k][:2000]}")


need(0, expected["title"], "the article")
view = "".join(str(o.get("data", {}).get("text/html", "")) for o in code[1].outputs)
if view.count("<mark ") < expected["entities"]:
    sys.exit(f"notebook: the view shows {view.count('<mark ')} marks for {expected['entities']} entities")
need(2, expected["official"], "officials")
for kind in expected["kinds"]:
    need(3, kind, "entity kinds")
for reason in expected["reasons"]:
    need(4, reason, "removal reasons")
need(5, expected["old"], "tone styles")
need(5, expected["new"], "tone styles")
need(6, expected["words"], "words")
print(f"notebook: {len(outs)} code cells ran; title, view ({view.count('<mark ')} marks), officials, kinds, reasons, tone styles and words as the library gives them")
