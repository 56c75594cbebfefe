import { describe, expect, it } from "vitest";
import { splitSentences } from "../../src/segment/split-sentences";
import { SEED_TEXT } from "../_shared";

const seed = SEED_TEXT;
const split = (s: string) => splitSentences(s).map((x) => x.text);

describe("splitSentences traps", () => {
  it("should not split after title, place and reference abbreviations", () => {
    for (const abbr of ["TP.", "Tp.", "TS.", "ThS.", "PGS.TS.", "GS.", "Q.", "P.", "St."]) {
      const text = `Ông gặp ${abbr} Nguyễn Văn An ở đó. Sau đó về.`;
      expect(split(text), abbr).toEqual([`Ông gặp ${abbr} Nguyễn Văn An ở đó.`, "Sau đó về."]);
    }
  });
  it("should keep TP.HCM whole and not split inside it", () => {
    expect(split("Đoàn về TP.HCM hôm qua. Hôm nay đi Huế.")).toEqual([
      "Đoàn về TP.HCM hôm qua.",
      "Hôm nay đi Huế.",
    ]);
  });
  it("should treat v.v. as a stop only before a capitalised word", () => {
    expect(split("Gạo, muối v.v. đều tăng giá. Xăng giảm.")).toEqual([
      "Gạo, muối v.v. đều tăng giá.",
      "Xăng giảm.",
    ]);
    expect(split("Có gạo, muối v.v. Giá đều tăng.")).toEqual(["Có gạo, muối v.v.", "Giá đều tăng."]);
  });
  it("should not split inside dates and numbers", () => {
    expect(split("Hôm nay 1/7/2020, hội nghị họp. Có 29.621.682 lượt xem.")).toEqual([
      "Hôm nay 1/7/2020, hội nghị họp.",
      "Có 29.621.682 lượt xem.",
    ]);
    expect(split("Ngày 1.7.2020 tăng 3,5% so với 2019. Giá ổn định.")).toEqual([
      "Ngày 1.7.2020 tăng 3,5% so với 2019.",
      "Giá ổn định.",
    ]);
  });
  it("should not split a number written with spaces around its group dot", () => {
    expect(split("Có 596 . 094 người tham gia . Sau đó về .")).toEqual([
      "Có 596 . 094 người tham gia .",
      "Sau đó về .",
    ]);
  });
  it("should not split inside document codes", () => {
    expect(split("Theo Nghị định 138/2020/NĐ-CP. Chỉ thị 35-CT/TW cũng vậy.")).toEqual([
      "Theo Nghị định 138/2020/NĐ-CP.",
      "Chỉ thị 35-CT/TW cũng vậy.",
    ]);
  });
  it("should split after an ellipsis before a capital and not before a lower-case word", () => {
    expect(split("Cán bộ, công chức… Tất cả đều họp.")).toEqual(["Cán bộ, công chức…", "Tất cả đều họp."]);
    expect(split("Chờ mãi... rồi cũng đến. Ông nói vậy.")).toEqual([
      "Chờ mãi... rồi cũng đến.",
      "Ông nói vậy.",
    ]);
  });
  it("should keep closing quotes and brackets after the final stop in the sentence", () => {
    expect(split('Ông nói: "Tốt lắm." Sau đó ông về.')).toEqual(['Ông nói: "Tốt lắm."', "Sau đó ông về."]);
    expect(split("Bà hỏi: “Thật không?” Không ai đáp.")).toEqual(["Bà hỏi: “Thật không?”", "Không ai đáp."]);
    expect(split("Hội nghị kết thúc (ảnh trên.) Mọi người ra về.")).toEqual([
      "Hội nghị kết thúc (ảnh trên.)",
      "Mọi người ra về.",
    ]);
  });
  it("should not split after ? or ! inside a quotation that goes on", () => {
    expect(split('"Anh đi đâu?" - tôi hỏi. Anh cười.')).toEqual(['"Anh đi đâu?" - tôi hỏi.', "Anh cười."]);
    expect(split("“Đó là chủ trương gì?”, ông hỏi. Không ai đáp.")).toEqual([
      "“Đó là chủ trương gì?”, ông hỏi.",
      "Không ai đáp.",
    ]);
    expect(split("Bé gọi: “Mẹ! Bố!” rồi chạy ra.")).toEqual(["Bé gọi: “Mẹ! Bố!” rồi chạy ra."]);
    // a longer quotation is one sentence when a dialogue tag follows it...
    expect(split('Anh hỏi: "Đi đâu thế? Về nhà mình à?" rồi cười. Chị im.')).toEqual([
      'Anh hỏi: "Đi đâu thế? Về nhà mình à?" rồi cười.',
      "Chị im.",
    ]);
    expect(split("“Anh đi đâu vậy? Sao không nói gì?”, chị hỏi.")).toEqual([
      "“Anh đi đâu vậy? Sao không nói gì?”, chị hỏi.",
    ]);
    // ...and split at its "?" when nothing follows it, as UD-VTB splits it
    expect(split("Chị hỏi: “Em đang ở đâu đấy? Sao chưa về nhà?” Rồi chị gọi lại.")).toEqual([
      "Chị hỏi: “Em đang ở đâu đấy?",
      "Sao chưa về nhà?”",
      "Rồi chị gọi lại.",
    ]);
  });
  it("should treat each list item and bullet as its own sentence", () => {
    expect(split("Nhiệm vụ gồm:\n• Rà soát cán bộ\n- Sắp xếp bộ máy\n1. Mở đầu. Nội dung.")).toEqual([
      "Nhiệm vụ gồm:",
      "• Rà soát cán bộ",
      "- Sắp xếp bộ máy",
      "1. Mở đầu.",
      "Nội dung.",
    ]);
    expect(split("II. Nhiệm vụ năm 2021")).toEqual(["II. Nhiệm vụ năm 2021"]);
    expect(split("XIII. Kết luận. Hết.")).toEqual(["XIII. Kết luận.", "Hết."]);
    expect(split("b. Giải pháp")).toEqual(["b. Giải pháp"]);
    expect(split("2.3. Thẩm định\n### 1. Các cấp ủy\n**II. TỔ CHỨC**\n1.2.3. Mục con")).toEqual([
      "2.3. Thẩm định",
      "### 1. Các cấp ủy",
      "**II. TỔ CHỨC**",
      "1.2.3. Mục con",
    ]);
  });
  it("should end headings and bylines without a stop at the line break", () => {
    expect(split("Triển khai nhiệm vụ 6 tháng cuối năm\nHôm nay hội nghị họp.\nHồ Nguyên Kha")).toEqual([
      "Triển khai nhiệm vụ 6 tháng cuối năm",
      "Hôm nay hội nghị họp.",
      "Hồ Nguyên Kha",
    ]);
  });
  it("should not split after initials", () => {
    expect(split("Theo J. Smith, ông V. Putin đã đến. Ông H. cúi xuống.")).toEqual([
      "Theo J. Smith, ông V. Putin đã đến.",
      "Ông H. cúi xuống.",
    ]);
    expect(split("Anh K. (35 tuổi) ở Q. 1. Bà N. V. A cũng vậy.")).toEqual([
      "Anh K. (35 tuổi) ở Q. 1.",
      "Bà N. V. A cũng vậy.",
    ]);
  });
  it("should end the sentence at a single capital that closes a name or follows a common word", () => {
    expect(split("Tôi gặp anh Nguyễn Văn A. Anh ấy nói.")).toEqual([
      "Tôi gặp anh Nguyễn Văn A.",
      "Anh ấy nói.",
    ]);
    expect(split("Nhà này ở phường K. Người ta biết.")).toEqual(["Nhà này ở phường K.", "Người ta biết."]);
  });
  it("should not stop at an omission mark in brackets", () => {
    expect(split("Ông nói: “Chúng tôi (...) Mọi việc ổn.” Rồi đi.")).toEqual([
      "Ông nói: “Chúng tôi (...) Mọi việc ổn.”",
      "Rồi đi.",
    ]);
  });
  it("should not split inside URLs and e-mail addresses", () => {
    expect(split("Xem tại baoquangtri.vn. Gửi thư về toasoan@baoquangtri.vn. Xin cảm ơn.")).toEqual([
      "Xem tại baoquangtri.vn.",
      "Gửi thư về toasoan@baoquangtri.vn.",
      "Xin cảm ơn.",
    ]);
    expect(split("Tin từ https://www.quangtri.gov.vn/tin.html?id=1. Hết.")).toEqual([
      "Tin từ https://www.quangtri.gov.vn/tin.html?id=1.",
      "Hết.",
    ]);
  });
  it("should split before a sentence that opens with a digit or a quote", () => {
    expect(split("Hội nghị kết thúc. 25 đại biểu phát biểu.")).toEqual([
      "Hội nghị kết thúc.",
      "25 đại biểu phát biểu.",
    ]);
    expect(split('Hội nghị kết thúc. "Rất tốt," ông nói.')).toEqual([
      "Hội nghị kết thúc.",
      '"Rất tốt," ông nói.',
    ]);
    expect(split("Hội nghị kết thúc. “Rất tốt”, ông nói.")).toEqual([
      "Hội nghị kết thúc.",
      "“Rất tốt”, ông nói.",
    ]);
  });
  it("should split at a stop with the space missing between two words", () => {
    expect(split("Hội nghị diễn ra tại tỉnh.Sáng nay đoàn về.")).toEqual([
      "Hội nghị diễn ra tại tỉnh.",
      "Sáng nay đoàn về.",
    ]);
  });
  it("should give the same sentences for NFC and NFD input and either tone-mark style", () => {
    const nfc = "Ông Đoàn về TP. Huế hòa giải. Ủy ban họp lúc 14h30. Bà Thủy nói: “Được!” Xong.";
    const expected = split(nfc);
    expect(expected).toHaveLength(4);
    expect(split(nfc.normalize("NFD")).map((s) => s.normalize("NFC"))).toEqual(expected);
    expect(split(nfc.replace("hòa", "hoà").replace("Ủy", "Uỷ").replace("Thủy", "Thuỷ"))).toHaveLength(4);
  });
  it("should throw a TypeError on a non-string", () => {
    expect(() => splitSentences(undefined as unknown as string)).toThrow(
      /vietnews.splitSentences: expected text to be a string, got a undefined/,
    );
  });
});

describe("splitSentences on the seed article", () => {
  it("should split every sentence of the seed article's body right", () => {
    const bodyStart = seed.indexOf("(QTO)");
    const bodyEnd = seed.indexOf("Hồ Nguyên Kha");
    const body = seed.slice(bodyStart, bodyEnd);
    const expected = [
      "(QTO) – Hôm nay 1/7/2020, Ban Tổ chức Trung ương, Bộ Nội vụ, Ban Công tác đại biểu Quốc hội tổ chức hội nghị trực tuyến đánh giá kết quả công tác tổ chức xây dựng Đảng 6 tháng đầu năm và triển khai nhiệm vụ 6 tháng cuối năm 2020.",
      "Phó Bí thư Thường trực Tỉnh ủy Nguyễn Đăng Quang; Trưởng Ban Tổ chức Tỉnh ủy Phan Văn Phụng tham dự hội nghị tại điểm cầu Quảng Trị.",
      "Trong 6 tháng đầu năm 2020 ngành tổ chức xây dựng Đảng đã phối hợp tham mưu hoàn thiện các nội dung trình Hội nghị Trung ương 12, khóa XII và kỳ họp thứ 9, Quốc hội khóa XIV; Tiếp tục triển khai thực hiện hoàn thành có chất lượng các đề tài, đề án, nhiệm vụ theo chương trình công tác năm của cấp ủy, lãnh đạo các cấp; Tham mưu chuẩn bị, tổ chức đại hội đảng bộ các cấp nhiệm kỳ 2020-2025 gắn với công tác chuẩn bị bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021-2026.",
      "Tham mưu rà soát, sửa đổi, bổ sung, hoàn thiện đồng bộ, thống nhất hệ thống các văn bản của Đảng và Nhà nước liên quan đến xây dựng, quản lý đội ngũ cán bộ, công chức, viên chức; góp phần chấn chỉnh, phòng chống tiêu cực trong công tác cán bộ.",
      "Tiếp tục thực hiện rà soát, sắp xếp lại tổ chức bộ máy, tinh gọn, hoạt động hiệu lực, hiệu quả gắn với việc tinh giản biên chế, cơ cấu lại và nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức…",
      "Tuy nhiên việc tổ chức đại hội đảng bộ các cấp theo 4 nội dung ở một số cấp ủy địa phương, cơ quan, đơn vị chưa thực sự đề cao, coi trọng một cách toàn diện, nhất là việc lấy ý kiến đóng góp cho văn kiện đại hội cấp trên.",
      "Việc kiểm điểm sự lãnh đạo của cấp ủy chưa thực sự bám sát vào chức năng, nhiệm vụ, quyền hạn, mối quan hệ công tác, quy chế làm việc, còn nặng về báo cáo thành tích.",
      "Công tác nhân sự đại hội chưa đúng thực chất và chưa đảm bảo cơ cấu theo yêu cầu.",
      "Quy trình, thủ tục trong công tác cán bộ còn một số bất cập cần khắc phục; công tác chuẩn bị hồ sơ nhân sự các cấp còn bị động, lúng túng gây khó khăn cho công tác thẩm định dẫn đến hiệu quả chưa cao.",
      "Nhiệm vụ trọng tâm trong 6 tháng cuối năm là phối hợp tham mưu triển khai các nội dung được Hội nghị Trung ương 12, khóa XII và kỳ họp thứ 9, Quốc hội khóa XIV thông qua.",
      "Phối hợp tham mưu chuẩn bị nội dung phục vụ các hội nghị trung ương từ nay đến hết nhiệm kỳ, nhất là công tác nhân sự chuẩn bị cho Đại hội XIII của Đảng.",
      "Tiếp tục rà soát, bổ sung, sửa đổi hoàn thiện xây dựng thể chế, chính sách liên quan đến công tác tổ chức xây dựng Đảng, xây dựng hệ thống chính trị và cán bộ, công chức, viên chức.",
      "Tiếp tục thực hiện các nghị quyết, quy định của Hội nghị Trung ương 4, 6, 7, 8 khóa XII của Đảng gắn với công tác nhân sự đại hội đảng và nhân sự đại biểu Quốc hội, đại biểu HĐND các cấp…",
      "Tại hội nghị, các đại biểu cơ bản thống nhất về nội dung báo cáo đánh giá kết quả công tác tổ chức xây dựng Đảng và nhiệm vụ trọng tâm những tháng cuối năm.",
      "Đồng thời chia sẻ thêm nhiều kinh nghiệm, cách làm sáng tạo của các địa phương về các giải pháp đột phá trong việc thực hiện mục tiêu kép phòng chống COVID-19 và phát triển sản xuất kinh doanh.",
      "Kết luận hội nghị, Ủy viên Bộ Chính trị, Trưởng Ban Tổ chức Trung ương Phạm Minh Chính khẳng định ngành tổ chức xây dựng Đảng đã chủ động tích cực trong công tác tham mưu thực hiện các nhiệm vụ chính trị quan trọng của Đảng.",
      "Vì vậy, đề nghị các ngành, địa phương làm tốt công tác hồ sơ nhân sự theo đúng quy trình, đánh giá đúng thực chất cán bộ.",
      "Bám sát sự chỉ đạo của cấp ủy, tăng cường sự đoàn kết thống nhất trên cơ sở chấp hành nghiêm túc sự lãnh đạo của Đảng, phát huy nguyên tắc tập trung dân chủ; huy động được sức mạnh và trí tuệ tập thể, quyết định theo đa số.",
      "Phải luôn cảnh giác, ngăn chặn đập tan âm mưu chống phá của các thế lực để bảo vệ nền tảng tư tưởng của Đảng, cố tình nói xấu, hạ thấp uy tín cán bộ.",
      "Công tác cán bộ phải tiến hành khách quan, dân chủ, công khai, minh bạch; phải dựa vào cấp ủy, tôn trọng cấp ủy.",
      "Tiếp tục thực hiện Chỉ thị 35 và 45 của Bộ Chính trị mà nhiệm vụ trọng tâm là công tác nhân sự.",
      "Tập trung đánh giá đúng công tác cán bộ, vô hiệu hóa việc chạy chức chạy quyền; cấm bỏ sót người có năng lực, người tài; loại bỏ các phần tử cơ hội, thiếu kém về năng lực.",
      "Tập trung đại hội đảng bộ cấp trên cơ sở với đầy đủ 4 nội dung theo yêu cầu, trong đó chú trọng lấy ý kiến Nhân dân tham gia vào các văn kiện đại hội.",
      "Tập trung vào công tác xây dựng Đảng với 10 nhiệm vụ trọng tâm để chỉ đạo triển khai đại hội.",
      "Giải quyết tốt đơn thư tố cáo, tăng cường đoàn kết nội bộ.",
      "Phải kiên quyết, thống nhất cao trong hành động, quyết định.",
      "Những vướng mắc trong quá trình tổ chức đại hội đảng bộ các cấp cần có sự chung tay tháo gỡ.",
      "Các địa phương chuẩn bị báo cáo chính trị đại hội trình Bộ Chính trị phải ngắn gọn, tóm tắt.",
      "Báo cáo kiểm điểm của ban chấp hành đảng bộ phải có tính phê phán, tính xây dựng, tính đoàn kết và tính khả thi.",
      "Làm thế nào để chọn lựa được cấp ủy xứng đáng, lãnh đạo chính quyền đủ uy tín, được Nhân dân ủng hộ mới đủ sức lãnh đạo, chỉ đạo thực hiện thắng lợi nhiệm vụ chính trị nhằm xây dựng một xã hội dân chủ, công bằng, văn minh và giàu mạnh.",
    ];
    expect(split(body)).toEqual(expected);
  });
  it("should end the title, byline and chrome lines at their line breaks", () => {
    const all = split(seed);
    expect(all[0]).toBe("Triển khai nhiệm vụ công tác tổ chức xây dựng Đảng 6 tháng cuối năm");
    expect(all).toContain("Hồ Nguyên Kha");
    expect(all).toContain("182 Go top");
    for (const s of splitSentences(seed)) expect(seed.slice(s.start, s.end)).toBe(s.text);
  });
});
