export { detectMarkdown, type MarkdownDetection } from "./detect-markdown";
export { type LineLink, type MarkdownLine, markdownLines, markdownLinesByRun } from "./markdown-lines";
