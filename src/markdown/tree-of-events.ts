// The mdast tree of micromark's events for the constructs a scraped page mostly has (paragraphs,
// emphasis, strong, inline code, headings, lists, thematic breaks, strikethrough), built the way
// mdast-util-from-markdown 2.1 builds it. That compiler is general: it spreads a context object for
// every event and looks every handler up by name, and so costs more than micromark's tokenising of
// the same pieces. Any other construct (links, images, HTML, tables, block quotes, code blocks,
// escapes, references, hard breaks) returns null, and the caller asks the full compiler.
import type { Root } from "mdast";

/** A point as micromark gives it. */
interface Point {
  line: number;
  column: number;
  offset: number;
}

/** A micromark token: the fields this module reads. */
export interface MicromarkToken {
  type: string;
  start: Point;
  end: Point;
  _spread?: boolean;
}

/** A micromark event: enter or exit, the token, and the tokenizer that serialises it. */
export type MicromarkEvent = [
  "enter" | "exit",
  MicromarkToken,
  { sliceSerialize: (token: MicromarkToken) => string },
];

// what each supported event does: 0 nothing, else the handler below
enum Do {
  Nothing,
  Heading,
  InlineCode,
  Data,
  List,
  ListItem,
  ListItemValue,
  Paragraph,
  Strong,
  Emphasis,
  ThematicBreak,
  Delete,
  AtxSequence,
  SetextText,
  SetextSequence,
  SetextHeading,
  LineEnding,
}

// enter handlers and exit handlers of mdast-util-from-markdown (with the strikethrough extension)
// for the supported types; a type in neither map is not supported
const ENTER = new Map<string, Do>([
  ["atxHeading", Do.Heading],
  ["setextHeading", Do.Heading],
  ["codeText", Do.InlineCode],
  ["codeTextData", Do.Data],
  ["data", Do.Data],
  ["listItem", Do.ListItem],
  ["listItemValue", Do.ListItemValue],
  ["listOrdered", Do.List],
  ["listUnordered", Do.List],
  ["paragraph", Do.Paragraph],
  ["strong", Do.Strong],
  ["emphasis", Do.Emphasis],
  ["thematicBreak", Do.ThematicBreak],
  ["strikethrough", Do.Delete],
]);
const EXIT = new Map<string, Do>([
  ["atxHeading", Do.Heading],
  ["atxHeadingSequence", Do.AtxSequence],
  ["codeText", Do.InlineCode],
  ["codeTextData", Do.Data],
  ["data", Do.Data],
  ["emphasis", Do.Emphasis],
  ["lineEnding", Do.LineEnding],
  ["listItem", Do.ListItem],
  ["listOrdered", Do.List],
  ["listUnordered", Do.List],
  ["paragraph", Do.Paragraph],
  ["setextHeading", Do.SetextHeading],
  ["setextHeadingLineSequence", Do.SetextSequence],
  ["setextHeadingText", Do.SetextText],
  ["strong", Do.Strong],
  ["thematicBreak", Do.ThematicBreak],
  ["strikethrough", Do.Delete],
]);
// supported types that neither compiler acts on
const PASSIVE = new Set([
  "atxHeadingText",
  "codeTextPadding",
  "codeTextSequence",
  "content",
  "emphasisSequence",
  "emphasisText",
  "lineEndingBlank",
  "linePrefix",
  "lineSuffix",
  "listItemIndent",
  "listItemMarker",
  "listItemPrefix",
  "listItemPrefixWhitespace",
  "setextHeadingLine",
  "strikethroughSequence",
  "strikethroughText",
  "strongSequence",
  "strongText",
  "thematicBreakSequence",
  "whitespace",
]);
// node types whose line endings are text (mdast's canContainEols, with strikethrough's "delete")
const HOLDS_EOLS = new Set(["emphasis", "fragment", "heading", "paragraph", "strong", "delete"]);

/** A node under construction: mdast's shape, loosely typed. */
interface Node {
  type: string;
  value?: string;
  children?: Node[];
  position?: { start: Point; end: Point | undefined };
  [key: string]: unknown;
}

function point(d: Point): Point {
  return { line: d.line, column: d.column, offset: d.offset };
}

// every type this module builds or passes over: one lookup an event
const SUPPORTED = new Set([...ENTER.keys(), ...EXIT.keys(), ...PASSIVE]);

/** True when every event is of a type this module builds (or that no compiler acts on). */
function supported(events: MicromarkEvent[]): boolean {
  for (let i = 0; i < events.length; i++) if (!SUPPORTED.has(events[i][1].type)) return false;
  return true;
}

/**
 * The mdast tree of micromark's events (after `postprocess`), as mdast-util-from-markdown 2.1
 * builds it with the GFM strikethrough extension, or null when an event is of a construct this
 * module does not build. The events may be changed (list items are marked as the full compiler
 * marks them), so parse again before passing the text to the full compiler.
 *
 * @example
 * ```ts
 * import { parse, postprocess, preprocess } from "micromark";
 * const events = postprocess(parse().document().write(preprocess()("**Hà** Nội", undefined, true)));
 * const tree = treeOfEvents(events as unknown as MicromarkEvent[]);
 * tree?.children[0].type;
 * //=> "paragraph"
 * treeOfEvents(postprocess(parse().document().write(preprocess()("[Hà](x)", undefined, true))) as never);
 * //=> null
 * ```
 */
export function treeOfEvents(events: MicromarkEvent[]): Root | null {
  if (!supported(events)) return null;
  const prepared = withListItems(events);
  const tree: Node = { type: "root", children: [], position: undefined };
  const stack: Node[] = [tree];
  const open: string[] = [];
  let expectingFirstListItemValue = false;
  let slurpLineEnding = false;

  const enter = (node: Node, token: MicromarkToken): void => {
    (stack[stack.length - 1].children as Node[]).push(node);
    stack.push(node);
    open.push(token.type);
    node.position = { start: point(token.start), end: undefined };
  };
  const exit = (token: MicromarkToken): boolean => {
    const node = stack.pop() as Node;
    if (open.pop() !== token.type) return false;
    (node.position as { end: Point | undefined }).end = point(token.end);
    return true;
  };
  const enterData = (token: MicromarkToken): void => {
    const siblings = stack[stack.length - 1].children as Node[];
    let tail = siblings[siblings.length - 1];
    if (tail?.type !== "text") {
      tail = { type: "text", value: "", position: { start: point(token.start), end: undefined } };
      siblings.push(tail);
    }
    stack.push(tail);
  };
  const exitData = (token: MicromarkToken, serialize: MicromarkEvent[2]): void => {
    const tail = stack.pop() as Node;
    tail.value += serialize.sliceSerialize(token);
    (tail.position as { end: Point | undefined }).end = point(token.end);
  };

  for (let i = 0; i < prepared.length; i++) {
    const [kind, token, context] = prepared[i];
    if (kind === "enter") {
      switch (ENTER.get(token.type) ?? Do.Nothing) {
        case Do.Heading:
          enter({ type: "heading", depth: 0, children: [], position: undefined }, token);
          break;
        case Do.InlineCode:
          enter({ type: "inlineCode", value: "", position: undefined }, token);
          stack.push({ type: "fragment", children: [] });
          break;
        case Do.Data:
          enterData(token);
          break;
        case Do.List: {
          const ordered = token.type === "listOrdered";
          enter(
            { type: "list", ordered, start: null, spread: token._spread, children: [], position: undefined },
            token,
          );
          if (ordered) expectingFirstListItemValue = true;
          break;
        }
        case Do.ListItem:
          enter(
            { type: "listItem", spread: token._spread, checked: null, children: [], position: undefined },
            token,
          );
          break;
        case Do.ListItemValue:
          if (expectingFirstListItemValue) {
            stack[stack.length - 2].start = Number.parseInt(context.sliceSerialize(token), 10);
            expectingFirstListItemValue = false;
          }
          break;
        case Do.Paragraph:
          enter({ type: "paragraph", children: [], position: undefined }, token);
          break;
        case Do.Strong:
          enter({ type: "strong", children: [], position: undefined }, token);
          break;
        case Do.Emphasis:
          enter({ type: "emphasis", children: [], position: undefined }, token);
          break;
        case Do.ThematicBreak:
          enter({ type: "thematicBreak", position: undefined }, token);
          break;
        case Do.Delete:
          enter({ type: "delete", children: [], position: undefined }, token);
          break;
      }
      continue;
    }
    switch (EXIT.get(token.type) ?? Do.Nothing) {
      case Do.Data:
        exitData(token, context);
        break;
      case Do.LineEnding: {
        const node = stack[stack.length - 1];
        if (!slurpLineEnding && HOLDS_EOLS.has(node.type)) {
          enterData(token);
          exitData(token, context);
        }
        break;
      }
      case Do.AtxSequence: {
        const node = stack[stack.length - 1];
        if (!node.depth) node.depth = context.sliceSerialize(token).length;
        break;
      }
      case Do.SetextText:
        slurpLineEnding = true;
        break;
      case Do.SetextSequence:
        stack[stack.length - 1].depth = context.sliceSerialize(token).codePointAt(0) === 61 ? 1 : 2;
        break;
      case Do.SetextHeading:
        slurpLineEnding = false;
        if (!exit(token)) return null;
        break;
      case Do.InlineCode: {
        const fragment = stack.pop() as Node;
        const text = (fragment.children as Node[]).map((c) => c.value ?? "").join("");
        stack[stack.length - 1].value = text;
        if (!exit(token)) return null;
        break;
      }
      case Do.Heading:
      case Do.List:
      case Do.ListItem:
      case Do.Paragraph:
      case Do.Strong:
      case Do.Emphasis:
      case Do.ThematicBreak:
      case Do.Delete:
        if (!exit(token)) return null;
        break;
    }
  }
  if (open.length > 0) return null;
  const origin = { line: 1, column: 1, offset: 0 };
  tree.position = {
    start: point(prepared.length > 0 ? prepared[0][1].start : origin),
    end: point(prepared.length > 0 ? prepared[prepared.length - 2][1].end : origin),
  };
  return tree as unknown as Root;
}

/** The events with list items' enter and exit inserted, as mdast-util-from-markdown does. */
function withListItems(events: MicromarkEvent[]): MicromarkEvent[] {
  const prepared: MicromarkEvent[] = [];
  const lists: number[] = [];
  for (let i = 0; i < events.length; i++) {
    prepared.push(events[i]);
    const type = events[i][1].type;
    if (type === "listOrdered" || type === "listUnordered") {
      if (events[i][0] === "enter") lists.push(prepared.length - 1);
      else prepareList(prepared, lists.pop() as number);
    }
  }
  return prepared;
}

/** mdast-util-from-markdown's `prepareList`: items' events, their ends and spreads. */
function prepareList(events: MicromarkEvent[], start: number): void {
  const end = events.length - 1;
  let index = start - 1;
  let containerBalance = -1;
  let listSpread = false;
  let listItem: MicromarkToken | undefined;
  let lineIndex: number | undefined;
  let firstBlankLineIndex: number | undefined;
  let atMarker: boolean | undefined;
  const insertions: { at: number; event: MicromarkEvent }[] = [];
  while (++index <= end) {
    const event = events[index];
    switch (event[1].type) {
      case "listUnordered":
      case "listOrdered":
      case "blockQuote":
        containerBalance += event[0] === "enter" ? 1 : -1;
        atMarker = undefined;
        break;
      case "lineEndingBlank":
        if (event[0] === "enter") {
          if (listItem && !atMarker && !containerBalance && !firstBlankLineIndex) {
            firstBlankLineIndex = index;
          }
          atMarker = undefined;
        }
        break;
      case "linePrefix":
      case "listItemValue":
      case "listItemMarker":
      case "listItemPrefix":
      case "listItemPrefixWhitespace":
        break;
      default:
        atMarker = undefined;
    }
    if (
      (!containerBalance && event[0] === "enter" && event[1].type === "listItemPrefix") ||
      (containerBalance === -1 &&
        event[0] === "exit" &&
        (event[1].type === "listUnordered" || event[1].type === "listOrdered"))
    ) {
      if (listItem) {
        let tailIndex = index;
        lineIndex = undefined;
        while (tailIndex--) {
          const tailEvent = events[tailIndex];
          const type = tailEvent[1].type;
          if (type === "lineEnding" || type === "lineEndingBlank") {
            if (tailEvent[0] === "exit") continue;
            if (lineIndex) {
              events[lineIndex][1].type = "lineEndingBlank";
              listSpread = true;
            }
            tailEvent[1].type = "lineEnding";
            lineIndex = tailIndex;
          } else if (
            type !== "linePrefix" &&
            type !== "blockQuotePrefix" &&
            type !== "blockQuotePrefixWhitespace" &&
            type !== "blockQuoteMarker" &&
            type !== "listItemIndent"
          ) {
            break;
          }
        }
        if (firstBlankLineIndex && (!lineIndex || firstBlankLineIndex < lineIndex)) {
          listItem._spread = true;
        }
        listItem.end = { ...(lineIndex ? events[lineIndex][1].start : event[1].end) };
        insertions.push({ at: lineIndex || index, event: ["exit", listItem, event[2]] });
      }
      if (event[1].type === "listItemPrefix") {
        const item = {
          type: "listItem",
          _spread: false,
          start: { ...event[1].start },
          end: undefined as unknown as Point,
        };
        listItem = item;
        insertions.push({ at: index, event: ["enter", item, event[2]] });
        firstBlankLineIndex = undefined;
        atMarker = true;
      }
    }
  }
  const listEvents = events.splice(start);
  let insertion = 0;
  for (let i = 0; i < listEvents.length; i++) {
    while (insertion < insertions.length && insertions[insertion].at === start + i) {
      events.push(insertions[insertion++].event);
    }
    events.push(listEvents[i]);
  }
  events[start][1]._spread = listSpread;
}
