import { toneKey } from "../../normalize/tone-key";
import { OUTLETS } from "../_data/outlets";

/** An outlet of `data/article/outlets.tsv`. */
export interface Outlet {
  code: string;
  name: string;
  url: string;
}

let table: Map<string, Outlet> | null = null;

/** Lookup key: tone-style-insensitive, lower case, spaces folded, "www." dropped. */
function outletKey(s: string): string {
  return toneKey(s.normalize("NFC"))
    .toLowerCase()
    .replace(/^(?:https?:\/\/)?(?:www\.)?/, "")
    .replace(/[\s_]+/g, " ")
    .replace(/\/.*$/, "")
    .trim();
}

function outlets(): Map<string, Outlet> {
  if (table) return table;
  const built = new Map<string, Outlet>();
  for (const [code, name, aliases, url] of OUTLETS) {
    const o: Outlet = { code, name, url };
    for (const k of [code, name, ...aliases]) {
      const key = outletKey(k);
      if (key && !built.has(key)) built.set(key, o);
    }
    if (url) {
      const host = outletKey(url);
      if (host && !built.has(host)) built.set(host, o);
    }
  }
  table = built;
  return built;
}

/**
 * The outlet a code, name or domain names ("QTO", "Báo Quảng Trị", "baoquangtri.vn"), or null.
 *
 * @param s - what the page wrote
 * @returns the outlet or null
 */
export function findOutlet(s: string): Outlet | null {
  if (s.length > 200) return null;
  const key = outletKey(s);
  if (!key) return null;
  return outlets().get(key) ?? null;
}

/** The outlet of a URL's host name ("https://www.baoquangtri.vn/x" -> Báo Quảng Trị), or null. */
export function findOutletByUrl(url: string): Outlet | null {
  const m = /^[a-z][a-z0-9+.-]{0,20}:\/\/([^/?#\s]{1,200})/i.exec(url);
  if (!m) return null;
  let host = m[1]
    .toLowerCase()
    .replace(/^www\./, "")
    .replace(/:\d+$/, "");
  // try the host and its parent domains (m.baoquangtri.vn -> baoquangtri.vn)
  for (let i = 0; i < 4 && host.includes("."); i++) {
    const o = outlets().get(host);
    if (o) return o;
    host = host.slice(host.indexOf(".") + 1);
  }
  return null;
}
