export { type MarkdownDetection, detectMarkdown } from "./detect-markdown";
export { type LineLink, type MarkdownLine, markdownLines } from "./markdown-lines";
