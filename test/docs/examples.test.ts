// Runs every TSDoc `@example` in src/ against the library and checks each `//=>` result.
// An example line `expr;` followed by `//=> value` asserts that expr deep-equals value, where value
// is a JavaScript expression. Names in scope: the public API and the example's own module exports. A `//=>` comment that is not a JavaScript expression (prose) only
// requires the example to run without throwing up to that point.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import * as lib from "../../src/index";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const req = createRequire(import.meta.url);

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return f === "_data" ? [] : walk(p);
    return p.endsWith(".ts") ? [p] : [];
  });
}

interface Example {
  file: string;
  line: number;
  code: string;
}

/** Extracts fenced code blocks that follow an `@example` tag inside doc comments. */
function examplesOf(file: string): Example[] {
  const src = readFileSync(file, "utf8");
  const out: Example[] = [];
  const comment = /\/\*\*[\s\S]*?\*\//g;
  for (const m of src.matchAll(comment)) {
    const body = m[0]
      .split("\n")
      .map((l) => l.replace(/^\s*\/?\*+\/?\s?/, ""))
      .join("\n");
    const at = body.indexOf("@example");
    if (at < 0) continue;
    const fence = /```(?:ts|typescript|js)?\n([\s\S]*?)```/g;
    for (const f of body.slice(at).matchAll(fence)) {
      const line = src.slice(0, m.index).split("\n").length;
      out.push({ file: relative(root, file), line, code: f[1] });
    }
  }
  return out;
}

/** Turns `expr;` + `//=> value` pairs into checks; returns JS source. */
function instrument(code: string): string {
  // The library's names are put in scope, so imports of it (and relative ones) go; others (node:fs) stay.
  const lines = code
    .split("\n")
    .filter((l) => !/^\s*import\s.*from\s+["'](vietnews|\.{1,2}\/[^"']*)["']/.test(l));
  const outLines: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = /^\s*\/\/=>\s?(.*)$/.exec(lines[i]);
    if (!m) {
      outLines.push(lines[i]);
      continue;
    }
    // find the previous statement line
    let j = outLines.length - 1;
    while (j >= 0 && outLines[j].trim() === "") j--;
    const prev = j >= 0 ? outLines[j] : "";
    const expr = prev.trim().replace(/;$/, "");
    const isStatement =
      /^(const|let|var|function|class|if|for|while|return|throw|\/\/)\b/.test(expr) || expr === "";
    if (!isStatement && isExpression(expr) && isExpression(m[1])) {
      outLines[j] = `__check((${expr}), () => (${m[1]}), ${JSON.stringify(m[1])});`;
    }
  }
  return outLines.join("\n");
}

function isExpression(src: string): boolean {
  const sf = ts.createSourceFile("x.ts", `(${src});`, ts.ScriptTarget.ES2022, false);
  const diags = (sf as unknown as { parseDiagnostics: unknown[] }).parseDiagnostics;
  return diags.length === 0;
}

/** The README's ```ts blocks, which show the public API only. */
function readmeExamples(): Example[] {
  const src = readFileSync(join(root, "README.md"), "utf8");
  return [...src.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => ({
    file: "README.md",
    line: src.slice(0, m.index).split("\n").length,
    code: m[1],
  }));
}

const files = walk(join(root, "src"));
const examples = [...files.flatMap(examplesOf), ...readmeExamples()];

describe("TSDoc examples", () => {
  it("should exist for the public API", () => {
    expect(examples.length).toBeGreaterThan(0);
  });
  for (const ex of examples) {
    it(`should run the example at ${ex.file}:${ex.line}`, async () => {
      // An example may use the public API and, in an internal module, that module's own exports.
      const own = ex.file.endsWith(".ts")
        ? ((await import(join(root, ex.file))) as Record<string, unknown>)
        : {};
      const scope: Record<string, unknown> = { ...own, ...lib };
      const js = ts.transpileModule(instrument(ex.code), {
        compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
      }).outputText;
      const names = Object.keys(scope).filter((k) => /^[A-Za-z_$][\w$]*$/.test(k) && k !== "default");
      const checks: { got: unknown; want: unknown; text: string }[] = [];
      const __check = (got: unknown, want: () => unknown, text: string) => {
        checks.push({ got, want: want(), text });
      };
      const fn = new Function(
        "__lib",
        "__check",
        "require",
        "exports",
        `const { ${names.join(", ")} } = __lib;\n${js}`,
      );
      fn(scope, __check, req, {});
      for (const c of checks) expect(c.got, `${ex.file}:${ex.line} //=> ${c.text}`).toEqual(c.want);
    });
  }
});
