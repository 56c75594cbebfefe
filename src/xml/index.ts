// XML output (TEI) and news feed input.
export { type FeedItem, parseFeed } from "./parse-feed";
export { type ToXMLOptions, toXML } from "./to-xml";
