// Small DOM helpers over domhandler nodes (the tree htmlparser2's parseDocument builds).
import type { AnyNode, Element } from "domhandler";

/** True for element nodes (including <script> and <style>, which domhandler types apart). */
export function isElement(node: AnyNode): node is Element {
  return node.type === "tag" || node.type === "script" || node.type === "style";
}

/** Attribute value, or "" when absent. */
export function attr(el: Element, name: string): string {
  return el.attribs?.[name] ?? "";
}

/** Collapses runs of whitespace (including no-break spaces) to one space and trims. */
export function collapse(text: string): string {
  return text.replace(/[\s\u00a0\u200b\ufeff]+/g, " ").trim();
}

/** Every element below `root` in document order, without recursion (deep pages must not overflow). */
export function elementsOf(root: AnyNode): Element[] {
  const out: Element[] = [];
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (isElement(node)) out.push(node);
    if ("children" in node && node.children) {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
    }
  }
  return out;
}

/** Raw text content of a node (no whitespace collapsing), iteratively; stops after `limit` characters. */
export function rawText(root: AnyNode, limit = Number.POSITIVE_INFINITY): string {
  const parts: string[] = [];
  const stack: AnyNode[] = [root];
  let length = 0;
  while (stack.length > 0 && length <= limit) {
    const node = stack.pop()!;
    if (node.type === "text") {
      parts.push(node.data);
      length += node.data.length;
    } else if ("children" in node && node.children) {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
    }
  }
  return parts.join("");
}
