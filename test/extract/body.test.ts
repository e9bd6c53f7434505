/** The numbered tree rebuilt from labels, by example. */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/index.js';
import { defined } from '../helpers/defined.js';

const tasksOf = (body: string) => parseDocument(`Số: 9/UBND-VP\nV/v thử\n\n${body}`).tasks;
const labels = (tasks: ReturnType<typeof tasksOf>): string[] => tasks.map((t) => (t.children.length ? `${t.label}(${labels(t.children).join(',')})` : t.label));

describe('tasks', () => {
  it('nests I. › 1. › 1.1. › a) and keeps bullets under their unit', () => {
    const tasks = tasksOf('I. MỤC ĐÍCH\n\n1. Mục đích chung\n\n1.1. Nâng cao nhận thức.\n\na) Tuyên truyền.\n\n- Một gạch đầu dòng.\n\nb) Tập huấn.\n\nII. TỔ CHỨC THỰC HIỆN\n\n1. Các phòng triển khai.');
    expect(labels(tasks)).toEqual(['I(1(1.1(a,b)))', 'II(1)']);
    expect(tasks[0]?.children[0]?.children[0]?.children[0]?.bullets.map((b) => b.text)).toEqual(['Một gạch đầu dòng.']);
  });

  it('gives a label on its own line the paragraph under it as its text', () => {
    const tasks = tasksOf('**Điều 1.**\n\nCho phép thành lập Hội Doanh nhân trẻ tỉnh.\n\nĐiều 2.\nQuyết định này có hiệu lực kể từ ngày ký.\n\n- Gạch đầu dòng.');
    expect(tasks.map((t) => [t.label, t.text])).toEqual([
      ['Điều 1', 'Cho phép thành lập Hội Doanh nhân trẻ tỉnh.'],
      ['Điều 2', 'Quyết định này có hiệu lực kể từ ngày ký.'],
    ]);
    expect(tasks[0]?.paragraphs).toEqual([]);
    expect(tasks[1]?.bullets.map((b) => b.text)).toEqual(['Gạch đầu dòng.']);
  });

  it('nests a report\'s lettered parts above its roman numerals, which start again in each', () => {
    const tasks = tasksOf('A. KẾT QUẢ THỰC HIỆN\n\nI. Tình hình sản xuất\n\nII. Công tác phòng dịch\n\n1. Tuyên truyền.\n\nB. PHƯƠNG HƯỚNG, KIẾN NGHỊ\n\nI. Nhiệm vụ trọng tâm\n\nII. Đề xuất');
    expect(labels(tasks)).toEqual(['A(I,II(1))', 'B(I,II)']);
    expect(tasks.map((t) => t.text)).toEqual(['KẾT QUẢ THỰC HIỆN', 'PHƯƠNG HƯỚNG, KIẾN NGHỊ']);
  });

  it('reads a roman numeral alone on its line, and leaves a table\'s STT numbers out of the units', () => {
    const tasks = tasksOf('I.\n\nTiếp tục chỉ đạo gieo trồng vụ mùa.\n\nII. Đề xuất, kiến nghị\n\n| STT | Nội dung |\n|---|---|\n| I. | Giống cây trồng |\n| II. | Phân bón |');
    expect(tasks.map((t) => [t.label, t.text])).toEqual([
      ['I', 'Tiếp tục chỉ đạo gieo trồng vụ mùa.'],
      ['II', 'Đề xuất, kiến nghị'],
    ]);
  });

  it('keeps an amended article quoted without quote marks inside the article that amends it', () => {
    const tasks = tasksOf('Điều 1. Công bố kèm theo.\n\nĐiều 2. Sửa đổi Điều 5 Quyết định số 455/QĐ-UBND như sau:\n\nĐiều 5. Giao Sở Nội vụ:\n\n1. Theo dõi.\n\n2. Báo cáo.\n\nĐiều 3. Quyết định này có hiệu lực.\n\nĐiều 4. Chánh Văn phòng thi hành./.');
    expect(labels(tasks)).toEqual(['Điều 1', 'Điều 2(1,2)', 'Điều 3', 'Điều 4']);
    expect(tasks[1]?.paragraphs.map((p) => p.text)).toContain('Điều 5. Giao Sở Nội vụ:');
  });

  it('follows the Vietnamese letter order a b c d đ e g', () => {
    const tasks = tasksOf('1. Nội dung:\n\na) Một;\n\nb) Hai;\n\nc) Ba;\n\nd) Bốn;\n\nđ) Năm;\n\ne) Sáu;\n\ng) Bảy.');
    expect(tasks[0]?.children.map((t) => t.label)).toEqual(['a', 'b', 'c', 'd', 'đ', 'e', 'g']);
  });

  it('reads Party numbering I- and 1-', () => {
    expect(labels(tasksOf('I- TÌNH HÌNH\n\n1- Kết quả.\n\n2- Hạn chế.\n\nII- NHIỆM VỤ'))).toEqual(['I(1,2)', 'II']);
  });

  it('ignores numbered lines inside a quotation', () => {
    const tasks = tasksOf('Khoản 2 quy định: “1. Đối tượng được hỗ trợ gồm:\n\na) Người có công;\n\nb) Thân nhân liệt sĩ.”\n\nĐề nghị thực hiện đúng quy định./.');
    expect(tasks).toEqual([]);
  });

  it('does not start a sequence in the middle (a year or a stray number is not a unit)', () => {
    expect(tasksOf('2024. Năm bản lề của kế hoạch.\n\n3. Một dòng lẻ.')).toEqual([]);
  });

  it('reports a label that breaks the sequence instead of dropping it silently', () => {
    const doc = parseDocument('Số: 9/UBND-VP\nV/v thử\n\n1. Sở Tài chính:\n\na) Tổng hợp.\n\nb) Đề xuất.\n\nđ) Nhầm thứ tự.\n\n2. Các sở khác.');
    expect(labels(doc.tasks)).toEqual(['1(a,b)', '2']);
    const report = doc.diagnostics.find((d) => d.ruleId === 'body/label-out-of-sequence');
    expect(report).toMatchObject({ severity: 'info', place: { start: { line: 10, column: 1 } } });
  });

  it('joins a sentence cut by a page break, leaving the page number out', () => {
    for (const pageNumber of ['2', '- 2 -', 'Trang 1/2']) {
      const tasks = tasksOf(`1. Rà soát biên chế.\n2. Tổng hợp số liệu về\n\f\n${pageNumber}\n\nđội ngũ công chức cấp xã.\n3. Gửi báo cáo.`);
      expect(tasks.map((t) => t.text)).toEqual(['Rà soát biên chế.', 'Tổng hợp số liệu về đội ngũ công chức cấp xã.', 'Gửi báo cáo.']);
    }
  });

  it('reads Chương with its title on the next line and Điều under it', () => {
    const tasks = tasksOf('Chương I\n\nQUY ĐỊNH CHUNG\n\nĐiều 1. Phạm vi điều chỉnh\n\nĐiều 2. Đối tượng áp dụng\n\nChương II\n\nĐIỀU KHOẢN THI HÀNH\n\nĐiều 3. Hiệu lực');
    expect(tasks.map((t) => `${t.label}|${t.text}`)).toEqual(['Chương I|QUY ĐỊNH CHUNG', 'Chương II|ĐIỀU KHOẢN THI HÀNH']);
    expect(labels(tasks)).toEqual(['Chương I(Điều 1,Điều 2)', 'Chương II(Điều 3)']);
  });

  it('joins a unit’s wrapped lines in hard-wrapped converter output', () => {
    const wrapped = [
      '**1.** Ủy ban nhân dân các xã, phường chủ động rà soát, thống kê diện tích',
      'cây trồng bị ảnh hưởng và báo cáo về Sở Nông nghiệp và Môi trường trước ngày',
      '15/8/2024 để tổng hợp, báo cáo Ủy ban nhân dân tỉnh xem xét, chỉ đạo kịp thời.',
      '**2.** Sở Tài chính cân đối, bố trí kinh phí hỗ trợ khôi phục sản xuất nông',
      'nghiệp cho các địa phương bị thiệt hại theo đúng quy định hiện hành của nhà nước.',
      '**3.** Các sở, ban, ngành theo chức năng, nhiệm vụ được giao phối hợp thực hiện',
      'và báo cáo kết quả về Ủy ban nhân dân tỉnh theo định kỳ hằng tháng, hằng quý.',
      'Đề nghị các cơ quan, đơn vị nghiêm túc thực hiện nội dung công văn này kịp thời./.',
    ].join('\n');
    const tasks = parseDocument(`**Số: 9/UBND-VP**\n\n${wrapped}`, { format: 'markdown' }).tasks;
    expect(tasks.map((t) => t.text.slice(0, 60))).toEqual([
      'Ủy ban nhân dân các xã, phường chủ động rà soát, thống kê di',
      'Sở Tài chính cân đối, bố trí kinh phí hỗ trợ khôi phục sản x',
      'Các sở, ban, ngành theo chức năng, nhiệm vụ được giao phối h',
    ]);
    expect(tasks[0]?.text).toContain('trước ngày 15/8/2024');
  });
});

describe('the body as a tree: every paragraph is kept', () => {
  const docOf = (body: string) => parseDocument(`Số: 9/UBND-VP\nV/v thử\n\n${body}`);

  it('keeps the paragraphs under an article heading', () => {
    const doc = docOf('Điều 1. Phạm vi điều chỉnh\n\nNghị định này quy định về công tác văn thư.\n\nĐiều 2. Đối tượng áp dụng\n\nNghị định này áp dụng đối với cơ quan, tổ chức nhà nước.');
    expect(doc.tasks.map((t) => [t.label, t.text, t.paragraphs.map((p) => p.text)])).toEqual([
      ['Điều 1', 'Phạm vi điều chỉnh', ['Nghị định này quy định về công tác văn thư.']],
      ['Điều 2', 'Đối tượng áp dụng', ['Nghị định này áp dụng đối với cơ quan, tổ chức nhà nước.']],
    ]);
  });

  it('keeps the opening before the first unit and the closing after the last', () => {
    const doc = docOf('Thực hiện Kế hoạch số 12/KH-UBND, Sở đề nghị như sau:\n\n1. Rà soát hồ sơ.\n\n2. Báo cáo kết quả.\n\nTrên đây là đề nghị của Sở./.');
    expect(doc.body.preamble.map((p) => p.text)).toEqual(['Thực hiện Kế hoạch số 12/KH-UBND, Sở đề nghị như sau:']);
    expect(doc.tasks.map((t) => t.label)).toEqual(['1', '2']);
    expect(doc.body.closing.map((p) => p.text)).toEqual(['Trên đây là đề nghị của Sở./.']);
  });

  it('keeps the paragraphs of III. TỔ CHỨC THỰC HIỆN, bullets in order with them', () => {
    const doc = docOf('I. MỤC ĐÍCH\n\nNâng cao nhận thức.\n\nIII. TỔ CHỨC THỰC HIỆN\n\nCác phòng, ban triển khai kế hoạch này.\n\n- Văn phòng tổng hợp.\n\nBáo cáo kết quả trước ngày 15/12.');
    const last = defined(doc.tasks.at(-1), 'unit');
    expect(last.paragraphs.map((p) => `${p.kind}:${p.text}`)).toEqual([
      'text:Các phòng, ban triển khai kế hoạch này.',
      'bullet:- Văn phòng tổng hợp.',
      'text:Báo cáo kết quả trước ngày 15/12.',
    ]);
  });

  it('keeps a label that breaks the numbering as text of the unit before it', () => {
    const doc = docOf('1. Một.\n\n2. Hai.\n\n7. Bảy, một con số trong câu.\n\n3. Ba.');
    expect(doc.tasks.map((t) => t.label)).toEqual(['1', '2', '3']);
    expect(defined(doc.tasks[1], 'unit').paragraphs.map((p) => p.text)).toEqual(['7. Bảy, một con số trong câu.']);
  });

  it('keeps quoted provisions as quote paragraphs', () => {
    const doc = docOf('Khoản 2 quy định: “1. Đối tượng được hỗ trợ gồm:\n\na) Người có công.”\n\nĐề nghị thực hiện đúng quy định./.');
    expect(doc.tasks).toEqual([]);
    expect(doc.body.preamble.map((p) => p.kind)).toEqual(['text', 'quote', 'text']);
  });

  it('renders all of it in markdown', async () => {
    const { toMarkdown } = await import('../../src/index.js');
    const markdown = toMarkdown(docOf('Mở đầu của công văn.\n\nĐiều 1. Phạm vi\n\nNghị định này quy định về công tác văn thư.\n\nTrân trọng./.'));
    expect(markdown).toContain('Mở đầu của công văn.');
    expect(markdown).toContain('Nghị định này quy định về công tác văn thư.');
    expect(markdown).toContain('Trân trọng./.');
  });
});

describe('a label OCR made ambiguous, read the way the numbering fits', () => {
  const report = (body: string) => parseDocument(`HUYỆN ỦY TIÊN YÊN\n*\nSố 12-BC/HU\nTiên Yên, ngày 5 tháng 3 năm 2025\n\nBÁO CÁO\nkết quả công tác năm 2024\n\n${body}`);
  const tree = (body: string) => report(body).tasks.map((t) => `${t.label}[${t.children.map((c) => c.label).join(',')}]`);

  it('reads `l-` as `I-` when the units under it count from 1- again, and `Il-` as `II-`', () => {
    expect(tree('l- KẾT QUẢ THỰC HIỆN\n1- Công tác chính trị.\n2- Công tác tổ chức.\nIl- PHƯƠNG HƯỚNG, NHIỆM VỤ\n1- Tiếp tục quán triệt.')).toEqual(['I[1,2]', 'II[1]']);
  });

  it('keeps `l-` as `1-` in a list of arabic units', () => {
    expect(tree('l- Công tác chính trị.\n2- Công tác tổ chức.')).toEqual(['1[]', '2[]']);
  });

  it('reads `H.` after `I.` as `II.` and `HI.` as `III.`, and says so', () => {
    const doc = report('I. MỤC ĐÍCH, YÊU CẦU\nNắm vững.\nH. NỘI DUNG HOẠT ĐỘNG\nTổ chức hội nghị.\nHI. KINH PHÍ THỰC HIỆN\nNgân sách.\nIV. TỔ CHỨC THỰC HIỆN\nCác ban thực hiện.');
    expect(doc.tasks.map((t) => t.label)).toEqual(['I', 'II', 'III', 'IV']);
    expect(doc.diagnostics.filter((d) => d.ruleId === 'body/label-repaired').map((d) => d.message.split('"')[1])).toEqual(['H.', 'HI.']);
  });
});

describe('decimal numbering', () => {
  const tree = (body: string) => {
    const doc = parseDocument(`SỞ NỘI VỤ\nSố: 12/HD-SNV\nLào Cai, ngày 5 tháng 3 năm 2025\n\nHƯỚNG DẪN\nĐánh giá, xếp loại\n\n${body}`);
    const show = (tasks: typeof doc.tasks): string => tasks.map((t) => (t.children.length ? `${t.label}[${show(t.children)}]` : t.label)).join(',');
    return show(doc.tasks);
  };
  it('nests a third level under the second, and goes back up after it', () => {
    expect(tree('1. Đối tượng\n1.1. Tập thể\n1.1.1. Các phòng\n1.1.2. Các đơn vị\n1.2. Cá nhân\n2. Thời gian')).toBe('1[1.1[1.1.1,1.1.2],1.2],2');
  });
  it('follows on from the next parent number (`1.2.` then `2.1.`)', () => {
    expect(tree('1.1. Tập thể\n1.2. Cá nhân\n2.1. Thời gian')).toBe('1.1,1.2,2.1');
  });
  it('reads a number wrapped to a line start as text of the unit, not a unit', () => {
    expect(tree('1. Phấn đấu tổng thu ngân sách năm 2025 đạt\n1.250 tỷ đồng.\n2. Giải quyết việc làm mới cho\n3.500 lao động.')).toBe('1,2');
  });
  it('reads Party letters with a dash as units under their number', () => {
    expect(tree('1- Mục đích\n2- Tổ chức thực hiện\na- Ban Tuyên giáo chủ trì.\nb- Các tổ chức cơ sở đảng xây dựng kế hoạch.')).toBe('1,2[a,b]');
  });
});
