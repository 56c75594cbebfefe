import { describe, expect, it } from "vitest";
import { findDates } from "../../src/entities/index";

const ref = new Date(2020, 6, 1, 12);
const pick = (text: string, referenceDate: Date | null = ref) =>
  findDates(text, { referenceDate }).map((d) => [d.text, d.value]);

describe("findDates", () => {
  it("should read slash, dot and party-style hyphen dates, leaving out ngày", () => {
    expect(pick("ngày 1/7/2020, ngày 1-7-2020, ngày 01.07.2020")).toEqual([
      ["1/7/2020", "2020-07-01"],
      ["1-7-2020", "2020-07-01"],
      ["01.07.2020", "2020-07-01"],
    ]);
    expect(pick("ngày 25 tháng 10 năm 2017; ngày 03 tháng bốn năm 2018")).toEqual([
      ["25 tháng 10 năm 2017", "2017-10-25"],
      ["03 tháng bốn năm 2018", "2018-04-03"],
    ]);
  });

  it("should read months, years, quarters and half-years", () => {
    expect(pick("tháng 10/2020, tháng 9-1997, tháng 02 năm 1955, năm 2026")).toEqual([
      ["tháng 10/2020", "2020-10"],
      ["tháng 9-1997", "1997-09"],
      ["tháng 02 năm 1955", "1955-02"],
      ["năm 2026", "2026"],
    ]);
    expect(pick("quý II/2020 và quý 3 năm 2024")).toEqual([
      ["quý II/2020", "2020-04-01/2020-06-30"],
      ["quý 3 năm 2024", "2024-07-01/2024-09-30"],
    ]);
    expect(pick("6 tháng đầu năm 2020 và 6 tháng cuối năm 2020")).toEqual([
      ["6 tháng đầu năm 2020", "2020-01-01/2020-06-30"],
      ["6 tháng cuối năm 2020", "2020-07-01/2020-12-31"],
    ]);
    expect(pick("trung tuần tháng 4/2025")).toEqual([["trung tuần tháng 4/2025", "2025-04-11/2025-04-20"]]);
  });

  it("should take the year of a half-year or quarter without one from the reference date", () => {
    expect(pick("6 tháng cuối năm")).toEqual([["6 tháng cuối năm", "2020-07-01/2020-12-31"]]);
    expect(pick("6 tháng cuối năm", null)).toEqual([["6 tháng cuối năm", null]]);
  });

  it("should read terms and ranges as one interval each", () => {
    expect(pick("nhiệm kỳ 2020-2025, giai đoạn 2021 – 2025, các năm 1960 - 1965")).toEqual([
      ["nhiệm kỳ 2020-2025", "2020/2025"],
      ["giai đoạn 2021 – 2025", "2021/2025"],
      ["1960 - 1965", "1960/1965"],
    ]);
    expect(pick("Từ 16/4/2025 - 31/10/2025, báo cáo")).toEqual([
      ["16/4/2025 - 31/10/2025", "2025-04-16/2025-10-31"],
    ]);
  });

  it("should read part of day + date without the part-of-day word, and leave times out", () => {
    expect(pick("sáng 1/7, Chiều 18/6, Tối 21-5, lúc 14h30 ngày 2/7/2020, 15g00 cùng ngày")).toEqual([
      ["1/7", "2020-07-01"],
      ["18/6", "2020-06-18"],
      ["21-5", "2020-05-21"],
      ["2/7/2020", "2020-07-02"],
      ["cùng ngày", "2020-07-02"],
    ]);
  });

  it("should resolve relative words against the reference date, or to null without one", () => {
    expect(pick("hôm nay, hôm qua và ngày mai")).toEqual([
      ["hôm nay", "2020-07-01"],
      ["hôm qua", "2020-06-30"],
      ["ngày mai", "2020-07-02"],
    ]);
    expect(pick("hôm qua", null)).toEqual([["hôm qua", null]]);
    expect(pick("(QTO) – Hôm nay 1/7/2020, Ban Tổ chức", null)).toEqual([
      ["Hôm nay", "2020-07-01"],
      ["1/7/2020", "2020-07-01"],
    ]);
  });

  it("should give a yearless date the year only where the text makes it clear", () => {
    expect(pick("Chiều 18/6, Quốc hội họp. Ngày 17/6/2025, Ủy ban báo cáo.", null)[0]).toEqual([
      "18/6",
      "2025-06-18",
    ]);
    expect(pick("Tối 21-5, ông mất. Ông sinh ngày 5-5-1937.", null)[0]).toEqual(["21-5", null]);
  });

  it("should split a day list sharing a month", () => {
    expect(pick("trong 2 ngày 24 và 25/5")).toEqual([
      ["24", "2020-05-24"],
      ["25/5", "2020-05-25"],
    ]);
  });

  it("should take the stated Gregorian day for a lunar date", () => {
    expect(pick("ngày 20 tháng 5 năm 2025 (tức ngày 23 tháng 4 năm Ất Tỵ), tại")).toEqual([
      ["20 tháng 5 năm 2025", "2025-05-20"],
      ["23 tháng 4 năm Ất Tỵ", "2025-05-20"],
    ]);
    expect(pick("ngày 29 tháng Chạp năm Ất Tỵ")).toEqual([["29 tháng Chạp năm Ất Tỵ", null]]);
  });

  it("should read a slash day-month after a preposition, but not a count range or a fraction", () => {
    expect(pick("có hiệu lực từ 1/7, hoàn thành trước 30/6")).toEqual([
      ["1/7", "2020-07-01"],
      ["30/6", "2020-06-30"],
    ]);
    expect(pick("từ 7 - 9 đồng chí; đến 1/2 số hộ")).toEqual([]);
  });

  it("should read spaced party-style dates and leave durations alone", () => {
    expect(pick("đến ngày 17 - 3 – 2004 và từ tháng 8 – 2003", null)).toEqual([
      ["17 - 3 – 2004", "2004-03-17"],
      ["tháng 8 – 2003", "2003-08"],
    ]);
    expect(pick("đã ba năm nay, mấy năm nay")).toEqual([]);
  });

  it("should give nothing for durations, fractions, codes and bare numbers", () => {
    expect(pick("trong 6 tháng, 5 năm, COVID-19, bán 1/2 giá, 443/444 đại biểu, lúc 14h30, 15g00")).toEqual(
      [],
    );
  });
});
