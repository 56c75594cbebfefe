// Help texts of the vietnews command and its subcommands.

/** Help for each command; "" is the top level. */
export const HELP: Record<string, string> = {
  "": `vietnews: clean, structured data from scraped Vietnamese news

Usage: vietnews <command> [options] [FILE...]

Commands:
  parse       parse articles (text or HTML) into JSON, NDJSON, TEI XML or clean text
  normalize   normalise Vietnamese text (NFC, tone marks, legacy encodings), stdin to stdout
  segment     split text into sentences or words, stdin to stdout
  entities    extract officials, bodies, dates, documents and meetings as NDJSON
  profile     learn a boilerplate profile (lines that repeat across a crawl) from NDJSON records
  help        show help for a command

Run "vietnews <command> --help" for the options of a command.

Exit status: 0 all went well; 1 a crash (an error nobody expected); 2 usage error;
3-125 some records or files failed, a missing or unreadable file among them: the status
minus 2 is how many (125 means 123 or more).

Examples:
  vietnews parse article.html
  cat crawl.ndjson | vietnews parse --ndjson --workers 4 > articles.ndjson
  echo "Uỷ ban nhân dân tỉnh" | vietnews normalize --tone old
`,
  parse: `Usage: vietnews parse [options] [FILE...]
       vietnews parse --ndjson [options] [FILE...]

Parses news articles. Each FILE (stdin when none) is one article; HTML or plain text is
detected from the content. With --ndjson, input is a stream of JSON records, one per line:
  {"id": ..., "text": "..."}   or   {"id": ..., "html": "...", "url": "..."}
and each record gives one output line, in input order: {"id": ..., ...article}, or
{"id": ..., "line": N, "error": "reason"} for a bad record (the stream goes on).
Blank lines are skipped. A record may carry its own "referenceDate".

Options:
  -f, --format <fmt>        json | ndjson | xml | html | text (default json; ndjson with
                            --ndjson; html is a page to look at, see toHTML; in batch mode xml,
                            html and text give {"id","xml"} / {"id","view"} / {"id","text"} lines)
      --tone <style>        tone-mark placement: preserve | old | new (default preserve)
      --words               add word segmentation (and <w> elements in XML)
      --reference-date <d>  YYYY-MM-DD against which relative dates resolve
      --url <url>           the page URL of HTML read from stdin or a single FILE
      --ndjson              batch mode: NDJSON records in, one result line per record out
      --workers <n>         batch mode: worker threads (default 1 = main thread)
      --max-record-size <b> batch mode: longest record in bytes (default 16777216)
      --low-memory          grow the heap in still smaller steps: about 15% less peak
                            memory with one worker, 1.15-1.2x the time
      --progress / --no-progress
                            force the progress bar on stderr on or off (default: on when
                            stderr is a terminal)
      --stats               print records, failures, time and peak memory to stderr
      --boilerplate <file>  a profile from "vietnews profile": lines frequent across the crawl
                            are one more feature of the chrome classifier
      --input-format <f>    how input text is read: auto | text | markdown | html (default
                            auto: HTML pages by their tags, Markdown by detection); NDJSON
                            records may also give {"markdown": ...} or {"html": ...}
      --word-model <file>   segment --words with a model of your own (the format of
                            data/wordseg/model.bin, as "npm run train:wordseg -- --out" writes)
      --fixed-words <file>  with --words: words to keep whole, one a line ("học máy"; any
                            tone-mark style and case; "#" lines are comments)
      --fields <list>       json and ndjson: only these top-level fields of the article,
                            comma-separated (text,entities,...); "id" and "file" stay
      --spans <form>        json and ndjson: full (default) or offsets: spans without their
                            text, a bare span as [start, end]
  -h, --help                show this help

Examples:
  vietnews parse examples/quang-tri-party-building.txt
  vietnews parse --format xml --words page.html > page.tei.xml
  vietnews parse --format ndjson saved/*.html > articles.ndjson
  vietnews parse --ndjson --workers 4 < crawl.ndjson > articles.ndjson
  vietnews profile crawl.ndjson > profile.json
  vietnews parse --ndjson --boilerplate profile.json < crawl.ndjson > articles.ndjson
  parallel --pipe --block 10M -k vietnews parse --ndjson < crawl.ndjson > articles.ndjson
`,
  normalize: `Usage: vietnews normalize [options] [FILE...]

Normalises Vietnamese text from stdin (or FILEs) to stdout: NFC, broken combining marks,
spaces and invisible characters, tone-mark placement, and optionally legacy encodings.

Options:
      --tone <style>        preserve | old | new (default preserve)
      --legacy <enc>        decode a legacy encoding first: auto | tcvn3 | vni | viqr | viscii | cp1258
      --decode-entities     decode HTML character references (&nbsp; &#7843;)
  -h, --help                show this help

Examples:
  echo "Thủ tướng chủ trì hoà giải" | vietnews normalize --tone old
  vietnews normalize --legacy tcvn3 old-page.txt
`,
  segment: `Usage: vietnews segment [--sentences | --words] [options] [FILE...]

Splits text from stdin (or FILEs) into sentences (default), one per line, or into words:
one sentence per line, words separated by spaces and the syllables of a word joined by "_".

Options:
      --sentences           one sentence per line (default)
      --words               word segmentation ("Bộ_Chính_trị họp .")
      --word-model <file>   with --words: a model of your own (see "vietnews parse --help")
      --fixed-words <file>  with --words: words to keep whole, one a line
  -f, --format <fmt>        text | json (json: the spans with offsets; default text)
  -h, --help                show this help

Examples:
  echo "Bộ Chính trị họp. Hội nghị bế mạc." | vietnews segment
  vietnews segment --words --format json < article.txt
`,
  entities: `Usage: vietnews entities [options] [FILE...]

Extracts entities (officials, bodies, dates, documents, meetings) from the text on stdin
(or FILEs) and writes one JSON object per line (NDJSON), in text order.

Options:
      --reference-date <d>  YYYY-MM-DD against which relative dates resolve
  -f, --format <fmt>        ndjson | json (default ndjson; json: one array)
  -h, --help                show this help

Examples:
  echo "Sáng 1/7/2020, Bộ Chính trị họp." | vietnews entities
  vietnews entities --reference-date 2020-07-01 article.txt | jq -r .kind
`,
  profile: `Usage: vietnews profile [options] [FILE...]

Learns a boilerplate profile from a crawl: in how many records each line occurs, counted on
letters and digits only, as a fixed-size sketch of hashes (no text; about 0.5 MB of JSON).
Input is NDJSON records (stdin when no FILE), {"text": ...}, {"markdown": ...} or {"html": ...};
the profile is written to stdout as JSON. Pass it to "vietnews parse --boilerplate FILE" (or to
parseArticle and stripChrome as { boilerplate }), where lines frequent across the crawl are one
more feature of the chrome classifier and those removed only because of it have reason
"boilerplate". Memory stays the same whatever the size of the crawl.

Options:
      --width-bits <n>      log2 of the sketch's width, 8 to 24 (default 18: 2 MB in memory);
                            a crawl of many millions of distinct lines wants 20 or more
      --stats               print records, distinct lines and time to stderr
  -h, --help                show this help

Examples:
  vietnews profile crawl.ndjson > profile.json
  zcat crawl.ndjson.gz | vietnews profile > profile.json
`,
};
