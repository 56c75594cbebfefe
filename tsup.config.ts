import { defineConfig } from "tsup";

export default defineConfig({
  entry: {
    index: "src/index.ts",
    cli: "src/cli/main.ts",
    worker: "src/cli/worker.ts",
  },
  format: ["esm", "cjs"],
  dts: { entry: { index: "src/index.ts" } },
  sourcemap: false,
  clean: true,
  target: "node20",
  splitting: true,
  shims: true,
  // Lazy `require()` (the Markdown parser, loaded on first use) must work in the ESM build too.
  banner: ({ format }) =>
    format === "esm"
      ? {
          js: 'import { createRequire as __vnCreateRequire } from "node:module"; const require = __vnCreateRequire(import.meta.url);',
        }
      : {},
});
