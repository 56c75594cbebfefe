// Which format an input is read as: the one its shape names ({ html }, { markdown }, { text }), the
// one options.format says, or an HTML page recognised by its opening tag; Markdown against plain
// text is decided later, on the normalised text (detectMarkdown).
import type { ArticleInputFormat } from "../../core/types";
import { opensAsHtml } from "../../html/opens-as-html";
import type { InputFormat } from "./read-options";

/** The input for readInput and its format, or null when it is left to detection. */
export interface ResolvedInput {
  inner: unknown;
  format: ArticleInputFormat | null;
}

/**
 * Resolves the format of parseArticle's input.
 *
 * @throws RangeError when `format` contradicts the format the input's shape names
 * @throws TypeError when `{ markdown }` holds neither a string nor bytes
 * @example
 * ```ts
 * import { resolveFormat } from "./read-format";
 * [resolveFormat({ markdown: "# A" }, "auto").format, resolveFormat("<!doctype html><p>A</p>", "auto").format, resolveFormat("A", "auto").format];
 * //=> [{ format: "markdown", confidence: 1 }, { format: "html", confidence: 1 }, null]
 * ```
 */
export function resolveFormat(input: unknown, format: InputFormat): ResolvedInput {
  const said = formatOf(input);
  if (said && format !== "auto" && format !== said)
    throw new RangeError(
      `vietnews.parseArticle: options.format "${format}" contradicts the input, which is { ${said} }`,
    );
  if (said === "markdown") {
    const inner = (input as { markdown: unknown }).markdown;
    if (typeof inner !== "string" && !(inner instanceof Uint8Array))
      throw new TypeError(
        `vietnews.parseArticle: expected input.markdown to be a string or a Uint8Array, got ${inner === null ? "null" : typeof inner}`,
      );
    return { inner, format: { format: said, confidence: 1 } };
  }
  if (said) return { inner: input, format: { format: said, confidence: 1 } };
  if (format === "html") return { inner: { html: input }, format: { format, confidence: 1 } };
  if (format !== "auto") return { inner: input, format: { format, confidence: 1 } };
  if ((typeof input === "string" || input instanceof Uint8Array) && opensAsHtml(input))
    return { inner: { html: input }, format: { format: "html", confidence: 1 } };
  return { inner: input, format: null };
}

/** The format an input names by its shape ({ html }, { markdown }, { text }), or null. */
function formatOf(input: unknown): "html" | "markdown" | "text" | null {
  if (input === null || typeof input !== "object" || Array.isArray(input) || input instanceof Uint8Array)
    return null;
  if ("html" in input) return "html";
  if ("markdown" in input) return "markdown";
  if ("text" in input) return "text";
  return null;
}
