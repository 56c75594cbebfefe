import { describe, expect, it } from "vitest";
import { extractEntities, findDates, findDocuments, findEvents } from "../../src/entities/index";
import { timeCall } from "../_timing";

/** Wall time of the best of three runs, in ms. */
const time = (fn: () => unknown): number => timeCall(fn).wall;

const adversarial: Record<string, (n: number) => string> = {
  digits: (n) => "1".repeat(n),
  slashes: (n) => "1/".repeat(n / 2),
  "digit-slash-dash": (n) => "12/12-12/".repeat(n / 9),
  "party codes": (n) => "35-CT/TW-".repeat(n / 9),
  "hội nghị": (n) => "Hội nghị ".repeat(n / 9),
  "hội nghị trung ương lists": (n) => "Hội nghị Trung ương 4, 6, ".repeat(n / 26),
  "unclosed brackets": (n) => "(ngày (1/7 (".repeat(n / 12),
  "tháng năm": (n) => "6 tháng năm tháng ".repeat(n / 18),
  "ban chấp hành": (n) => "Hội nghị Ban Chấp hành Đảng bộ tỉnh ".repeat(n / 36),
  "document nouns": (n) => "Chỉ thị số Nghị quyết ".repeat(n / 22),
  spaces: (n) => `Đại hội${" ".repeat(n)}XIII`,
  "dash ranges": (n) => "1 tháng 2 năm 2000 – ".repeat(n / 21),
  "day lists sharing a year": (n) => "ngày 1/7 và 2/7/2020 ".repeat(n / 21),
  "law names and years": (n) => "Luật Đất đai 2024, ".repeat(n / 19),
  "department names": (n) => "Cục Trồng trọt và ".repeat(n / 18),
  "foreign parties": (n) => "Đảng Cộng sản Trung Quốc Đại hội XX ".repeat(n / 36),
  "dotted numbers": (n) => "1.2.3.4/".repeat(n / 8),
  "wrapped nouns": (n) => "Nghị\n\nđịnh số\n\n1/QĐ-UBND ngày\n\n".repeat(n / 36),
  "issue dates and places": (n) => "1/QĐ-UBND ngày 1/1/2020 của UBND tỉnh Bắc Ninh Hà ".repeat(n / 48),
  "congress holders": (n) => "Hội Nông dân Đảng Đại hội X ".repeat(n / 28),
  "session parentheses": (n) => "kỳ họp thứ 5 (tháng 4) ".repeat(n / 23),
};

const extractors: Record<string, (t: string) => unknown> = {
  findDocuments,
  findEvents,
  findDates: (t) => findDates(t),
  extractEntities: (t) => extractEntities(t),
};

describe("entities linearity", () => {
  for (const [ename, fn] of Object.entries(extractors)) {
    it(`should keep ${ename} linear on adversarial input (100 kB within 30x of 10 kB)`, {
      timeout: 60_000,
    }, () => {
      for (const [name, make] of Object.entries(adversarial)) {
        const small = make(10_000);
        const large = make(100_000);
        fn(small);
        // On a shared 2-core machine a 100 ms run is preempted far more than a 3 ms one, so a failed
        // ratio is measured again (up to five rounds) before it counts; a superlinear extractor fails
        // every round.
        let ts = 0;
        let tl = 0;
        for (let round = 0; round < 5; round++) {
          ts = time(() => fn(small));
          tl = time(() => fn(large));
          // floor at 1 ms: below that, timer resolution decides the ratio, not the algorithm
          if (tl < 30 * Math.max(ts, 1)) break;
        }
        expect(tl, `${ename} on ${name}: ${ts.toFixed(2)} ms vs ${tl.toFixed(2)} ms`).toBeLessThan(
          30 * Math.max(ts, 1),
        );
      }
    });
  }
});
