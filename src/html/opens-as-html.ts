// Whether an input opens as an HTML page: shared by parseArticle's format detection and the CLI.

/**
 * True when the input's first 4 kB open with a doctype or an `<html>`, `<head>` or `<body>` tag
 * (after an optional XML prolog, byte-order mark and comment). Bytes are read as Latin-1: the tags
 * are ASCII whatever the page's encoding.
 *
 * @param input - the page, as a string or bytes
 * @returns whether it opens as an HTML page
 */
export function opensAsHtml(input: string | Uint8Array): boolean {
  const head =
    typeof input === "string"
      ? input.slice(0, 4096)
      : Buffer.from(input.subarray(0, 4096)).toString("latin1");
  return /^(?:\uFEFF|\xEF\xBB\xBF)?\s*(?:<\?xml[^>]{0,200}>\s*)?(?:<!--[\s\S]{0,2000}?-->\s*)?<(?:!doctype\s+html|html|head|body)\b/i.test(
    head,
  );
}
