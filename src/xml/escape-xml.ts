// Escaping for XML 1.0 text and attribute values, keeping every character that XML can carry.

/**
 * Escapes text content: `&`, `<`, `>` become references and a carriage return becomes `&#xD;` so a
 * parser gives it back unchanged. Characters XML 1.0 cannot carry at all (most C0 controls, lone
 * surrogates, U+FFFE/U+FFFF) become an empty `<g n="U+XXXX"/>` element (TEI's "non-standard character").
 *
 * @param text - any string
 * @returns XML-safe text
 * @example
 * ```ts
 * // escapeText("a < b & c")
 * //=> "a &lt; b &amp; c"
 * ```
 */
export function escapeText(text: string): string {
  let out = "";
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let rep: string | null = null;
    if (c === 38) rep = "&amp;";
    else if (c === 60) rep = "&lt;";
    else if (c === 62) rep = "&gt;";
    else if (c === 13) rep = "&#xD;";
    else if (c < 32 && c !== 9 && c !== 10) rep = gaiji(c);
    else if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        i++;
        continue;
      }
      rep = gaiji(c);
    } else if (c >= 0xdc00 && c <= 0xdfff) rep = gaiji(c);
    else if (c === 0xfffe || c === 0xffff) rep = gaiji(c);
    if (rep === null) continue;
    out += text.slice(last, i) + rep;
    last = i + 1;
  }
  return last === 0 ? text : out + text.slice(last);
}

/**
 * Escapes an attribute value (double-quoted); whitespace controls become character references and
 * characters XML cannot carry become U+FFFD.
 *
 * @param value - any string
 * @returns the escaped value, without quotes
 * @example
 * ```ts
 * // escapeAttr('say "hi"')
 * //=> "say &quot;hi&quot;"
 * ```
 */
export function escapeAttr(value: string): string {
  let out = "";
  for (let i = 0; i < value.length; i++) {
    const ch = value[i];
    const c = value.charCodeAt(i);
    if (c === 38) out += "&amp;";
    else if (c === 60) out += "&lt;";
    else if (c === 62) out += "&gt;";
    else if (c === 34) out += "&quot;";
    else if (c === 9) out += "&#x9;";
    else if (c === 10) out += "&#xA;";
    else if (c === 13) out += "&#xD;";
    else if (c < 32 || c === 0xfffe || c === 0xffff) out += "\ufffd";
    else if (c >= 0xd800 && c <= 0xdbff) {
      const d = value.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        out += ch + value[i + 1];
        i++;
      } else out += "\ufffd";
    } else if (c >= 0xdc00 && c <= 0xdfff) out += "\ufffd";
    else out += ch;
  }
  return out;
}

function gaiji(code: number): string {
  return `<g n="U+${code.toString(16).toUpperCase().padStart(4, "0")}"/>`;
}
