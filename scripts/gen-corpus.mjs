#!/usr/bin/env node
// Generates a corpus of synthetic Vietnamese official documents for the batch bench:
//
//   node scripts/gen-corpus.mjs OUT_DIR [COUNT=2000] [--seed N]
//
// Documents are written in 100-file folders (OUT_DIR/0000/…), in the layouts vbparse reads, in
// fixed shares: plain text (35 %), linear markdown (25 %), a GFM pipe-table header and signature
// (15 %), docx-to-text TAB columns (15 %) and real .docx packages (10 %). The content (agency,
// number, date, type, subject, recipients, numbered body with citations, Nơi nhận, signer) is drawn
// from small tables with a seeded generator: the same seed gives the same bytes on every machine.
// Made up for benchmarking only: these are not documents from any source.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';

const args = process.argv.slice(2);
const seedAt = args.indexOf('--seed');
const seed = seedAt >= 0 ? Number(args.splice(seedAt, 2)[1]) : 20240101;
const [outDir, countText = '2000'] = args;
if (!outDir) {
  process.stderr.write('usage: node scripts/gen-corpus.mjs OUT_DIR [COUNT] [--seed N]\n');
  process.exit(2);
}
const count = Number(countText);

/** mulberry32: a small seeded generator. */
function rng(s) {
  return () => {
    s |= 0;
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = rng(seed);
const pick = (list) => list[Math.floor(random() * list.length)];
const int = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));

const PROVINCES = ['Nghệ An', 'Thanh Hóa', 'Lạng Sơn', 'Quảng Trị', 'Bắc Giang', 'Đồng Nai', 'Cà Mau', 'Hà Tĩnh', 'Bình Định', 'Lào Cai'];
const DISTRICTS = ['Nam Đàn', 'Cam Lộ', 'Hương Sơn', 'Yên Thành', 'Thạch Hà', 'Tân Kỳ', 'Diễn Châu', 'Quỳnh Lưu'];
const STATE_AGENCIES = [
  (p) => ({ parent: [`ỦY BAN NHÂN DÂN TỈNH ${p.toUpperCase()}`], issuer: 'SỞ NỘI VỤ', code: 'SNV', unit: 'VP' }),
  (p) => ({ parent: [`ỦY BAN NHÂN DÂN TỈNH ${p.toUpperCase()}`], issuer: 'SỞ Y TẾ', code: 'SYT', unit: 'NVY' }),
  (p) => ({ parent: [], issuer: `ỦY BAN NHÂN DÂN HUYỆN ${pick(DISTRICTS).toUpperCase()}`, code: 'UBND', unit: 'VP' }),
  (p) => ({ parent: [`UBND TỈNH ${p.toUpperCase()}`], issuer: 'SỞ GIÁO DỤC VÀ ĐÀO TẠO', code: 'SGDĐT', unit: 'GDTrH' }),
  () => ({ parent: ['BỘ TÀI CHÍNH'], issuer: 'TỔNG CỤC THUẾ', code: 'TCT', unit: 'CS' }),
];
const PARTY_AGENCIES = [
  (p) => ({ parent: [`ĐẢNG BỘ TỈNH ${p.toUpperCase()}`], issuer: 'TỈNH ỦY', code: 'TU' }),
  () => ({ parent: [`ĐẢNG BỘ HUYỆN ${pick(DISTRICTS).toUpperCase()}`], issuer: 'HUYỆN ỦY', code: 'HU' }),
];
const TYPES = [
  { name: 'CÔNG VĂN', code: null, letter: true },
  { name: 'KẾ HOẠCH', code: 'KH' },
  { name: 'QUYẾT ĐỊNH', code: 'QĐ' },
  { name: 'THÔNG BÁO', code: 'TB' },
  { name: 'BÁO CÁO', code: 'BC' },
  { name: 'GIẤY MỜI', code: 'GM' },
];
const SUBJECTS = [
  'tăng cường công tác phòng, chống dịch bệnh',
  'triển khai thực hiện cải cách hành chính năm 2024',
  'tổ chức hội nghị tổng kết công tác thi đua, khen thưởng',
  'kiểm tra công tác phòng cháy, chữa cháy tại các cơ sở',
  'đẩy mạnh chuyển đổi số trong cơ quan nhà nước',
  'thực hiện chế độ báo cáo thống kê định kỳ',
  'tuyên truyền kỷ niệm ngày thành lập Đảng Cộng sản Việt Nam',
  'rà soát, cập nhật dữ liệu cán bộ, công chức, viên chức',
];
const RECIPIENTS = ['Các sở, ban, ngành cấp tỉnh', 'UBND các huyện, thành phố, thị xã', 'Các phòng, ban chuyên môn', 'Ban Thường vụ các huyện ủy, thành ủy', 'Các đơn vị sự nghiệp trực thuộc', 'Chủ tịch UBND các xã, thị trấn'];
const TASK_OPENERS = ['Các cơ quan, đơn vị', 'Văn phòng', 'Phòng Nội vụ', 'Trung tâm Y tế', 'UBND các xã, thị trấn', 'Các phòng chuyên môn'];
const TASK_VERBS = ['chủ động triển khai', 'tổ chức quán triệt', 'thường xuyên kiểm tra, đôn đốc', 'báo cáo kết quả thực hiện', 'phối hợp chặt chẽ trong việc thực hiện', 'rà soát, tổng hợp'];
const CITED = ['Kế hoạch', 'Quyết định', 'Công văn', 'Chỉ thị'];
const NAMES = ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Hoàng Cường', 'Phạm Minh Đức', 'Hoàng Thị Hoa', 'Võ Văn Kiên', 'Đặng Thu Hà', 'Bùi Quang Huy'];
const POSITIONS = [['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'], ['GIÁM ĐỐC'], ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'], ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], ['TL. CHỦ TỊCH', 'CHÁNH VĂN PHÒNG']];
const PARTY_POSITIONS = [['T/M BAN THƯỜNG VỤ', 'PHÓ BÍ THƯ'], ['T/M TỈNH ỦY', 'BÍ THƯ'], ['K/T BÍ THƯ', 'PHÓ BÍ THƯ']];

function makeDocument() {
  const party = random() < 0.2;
  const province = pick(PROVINCES);
  const agency = party ? pick(PARTY_AGENCIES)(province) : pick(STATE_AGENCIES)(province);
  const type = pick(TYPES);
  const number = int(1, 2999);
  const year = int(2015, 2025);
  const day = int(1, 28);
  const month = int(1, 12);
  const symbol = party ? `${type.code ?? 'CV'}/${agency.code}` : type.code ? `${type.code}-${agency.code}` : `${agency.code}-${agency.unit}`;
  const numberLine = party ? `Số ${number}-${symbol}` : `Số: ${number}/${symbol}`;
  const dateLine = `${province}, ngày ${String(day).padStart(2, '0')} tháng ${String(month).padStart(2, '0')} năm ${year}`;
  const subject = pick(SUBJECTS);
  const recipients = type.letter || random() < 0.3 ? Array.from({ length: int(1, 3) }, () => pick(RECIPIENTS)) : [];
  const tasks = [];
  const roman = ['I', 'II', 'III', 'IV'];
  const sections = int(1, 3);
  for (let s = 0; s < sections; s++) {
    tasks.push({ label: `${roman[s]}.`, text: pick(['MỤC ĐÍCH, YÊU CẦU', 'NỘI DUNG THỰC HIỆN', 'TỔ CHỨC THỰC HIỆN', 'NHIỆM VỤ TRỌNG TÂM']) });
    const items = int(2, 5);
    for (let i = 1; i <= items; i++) {
      const cite = random() < 0.4 ? ` theo ${pick(CITED)} số ${int(1, 999)}/${pick(['KH', 'QĐ', 'UBND', 'CT'])}-${pick(['UBND', 'SYT', 'BCĐ'])} ngày ${int(1, 28)}/${int(1, 12)}/${year - 1}` : '';
      tasks.push({ label: `${i}.`, text: `${pick(TASK_OPENERS)} ${pick(TASK_VERBS)} ${subject}${cite}; định kỳ báo cáo kết quả về cơ quan thường trực trước ngày ${int(1, 28)} hằng tháng.` });
    }
  }
  const distribution = ['Như trên', pick(['Thường trực Tỉnh ủy (để b/c)', 'Chủ tịch, các PCT UBND', 'Ban Giám đốc']), `Lưu: VT, ${agency.unit ?? 'VP'}`];
  const chain = party ? pick(PARTY_POSITIONS) : pick(POSITIONS);
  return { party, agency, type, numberLine, dateLine, subject, recipients, tasks, distribution, chain, signer: pick(NAMES) };
}

const national = (d) => (d.party ? ['ĐẢNG CỘNG SẢN VIỆT NAM', ''] : ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc']);
const agencyLines = (d) => [...d.agency.parent, d.agency.issuer, ...(d.party ? ['*'] : [])];
const subjectLines = (d) => (d.type.letter ? [`V/v ${d.subject}`] : [d.type.name, `Về việc ${d.subject}`]);
const bodyLines = (d) => d.tasks.map((t) => `${t.label} ${t.text}`);
const closing = (d) => `${d.type.letter ? 'Đề nghị các cơ quan, đơn vị nghiêm túc thực hiện' : 'Yêu cầu các cơ quan, đơn vị triển khai thực hiện'}./.`;

function plainText(d) {
  const [title, motto] = national(d);
  return [
    ...agencyLines(d),
    title,
    motto,
    d.numberLine,
    d.dateLine,
    '',
    ...subjectLines(d),
    '',
    ...(d.recipients.length ? ['Kính gửi:', ...d.recipients.map((r) => `- ${r};`)] : []),
    '',
    ...bodyLines(d),
    closing(d),
    '',
    'Nơi nhận:',
    ...d.distribution.map((e) => `- ${e};`),
    ...d.chain,
    '',
    d.signer,
    '',
  ].join('\n');
}

function markdown(d) {
  const [title, motto] = national(d);
  return [
    ...agencyLines(d).map((l, i, all) => (i === all.length - 1 ? `**${l}**` : l)),
    '',
    `**${title}**`,
    motto ? `**${motto}**` : '',
    '',
    d.numberLine,
    '',
    `*${d.dateLine}*`,
    '',
    ...subjectLines(d).map((l) => `**${l}**`),
    '',
    ...(d.recipients.length ? [`Kính gửi: ${d.recipients.join('; ')}.`, ''] : []),
    ...bodyLines(d).flatMap((l) => [l, '']),
    closing(d),
    '',
    '**Nơi nhận:**',
    '',
    ...d.distribution.map((e) => `- ${e};`),
    '',
    ...d.chain.map((l) => `**${l}**`),
    '',
    `**${d.signer}**`,
    '',
  ].join('\n');
}

function pipeTable(d) {
  const [title, motto] = national(d);
  const left = agencyLines(d).map((l, i, all) => (i === all.length - 1 ? `**${l}**` : l)).join('<br>');
  return [
    `| ${left} | **${title}**${motto ? `<br>**${motto}**` : ''} |`,
    '|---|---|',
    `| ${d.numberLine} | *${d.dateLine}* |`,
    '',
    ...subjectLines(d).map((l) => `**${l}**`),
    '',
    ...(d.recipients.length ? ['Kính gửi:', '', ...d.recipients.map((r) => `- ${r};`), ''] : []),
    ...bodyLines(d).flatMap((l) => [l, '']),
    closing(d),
    '',
    `| **Nơi nhận:**<br>${d.distribution.map((e) => `- ${e};`).join('<br>')} | ${d.chain.map((l) => `**${l}**`).join('<br>')}<br><br><br>**${d.signer}** |`,
    '|---|---|',
    '',
  ].join('\n');
}

function tabColumns(d) {
  const [title, motto] = national(d);
  const left = agencyLines(d);
  const right = [title, motto];
  const rows = [];
  for (let i = 0; i < Math.max(left.length, right.length); i++) rows.push(`\t${left[i] ?? ''}\t${right[i] ?? ''}`);
  return [
    ...rows,
    '\u00a0',
    `\t${d.numberLine}\t${d.dateLine}`,
    ...subjectLines(d).map((l) => `\t${l}`),
    '\u00a0',
    ...(d.recipients.length ? ['Kính gửi:', ...d.recipients.map((r) => `\t- ${r};`), '\u00a0'] : []),
    ...bodyLines(d),
    closing(d),
    '\u00a0',
    `Nơi nhận:\t${d.chain[0]}`,
    ...d.distribution.map((e, i) => `- ${e};\t${d.chain[i + 1] ?? ''}`),
    `\t${d.signer}`,
    '',
  ].join('\n');
}

// --- .docx: a minimal WordprocessingML package (stored/deflated zip written here) ----------------
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function zip(files) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const [name, text] of files) {
    const nameBytes = Buffer.from(name);
    const content = Buffer.from(text);
    const data = deflateRawSync(content);
    const crc = crc32(content);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(content.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(content.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const centralSize = centrals.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...centrals, end]);
}
const xml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const para = (text, bold = false) => `<w:p><w:r>${bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${xml(text)}</w:t></w:r></w:p>`;
const cell = (lines) => `<w:tc>${lines.map((l) => para(l.text ?? l, l.bold)).join('') || '<w:p/>'}</w:tc>`;
function docx(d) {
  const [title, motto] = national(d);
  const agency = agencyLines(d).map((text, i, all) => ({ text, bold: i === all.length - 1 }));
  const header = `<w:tbl><w:tr>${cell(agency)}${cell([{ text: title, bold: true }, { text: motto, bold: true }])}</w:tr><w:tr>${cell([d.numberLine])}${cell([d.dateLine])}</w:tr></w:tbl>`;
  const body = [
    ...subjectLines(d).map((l) => para(l, true)),
    ...(d.recipients.length ? [para(`Kính gửi: ${d.recipients.join('; ')}.`)] : []),
    ...bodyLines(d).map((l) => para(l)),
    para(closing(d)),
  ].join('');
  const footer = `<w:tbl><w:tr>${cell([{ text: 'Nơi nhận:', bold: true }, ...d.distribution.map((e) => `- ${e};`)])}${cell([...d.chain.map((text) => ({ text, bold: true })), '', { text: d.signer, bold: true }])}</w:tr></w:tbl>`;
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${header}${body}${footer}</w:body></w:document>`;
  return zip([
    ['[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'],
    ['_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'],
    ['word/document.xml', document],
  ]);
}

const LAYOUTS = [
  [0.35, 'txt', plainText],
  [0.25, 'md', markdown],
  [0.15, 'md', pipeTable],
  [0.15, 'txt', tabColumns],
  [0.1, 'docx', docx],
];
let bytes = 0;
const counts = {};
for (let i = 0; i < count; i++) {
  const d = makeDocument();
  let r = random();
  let layout = LAYOUTS[LAYOUTS.length - 1];
  for (const entry of LAYOUTS) {
    if (r < entry[0]) {
      layout = entry;
      break;
    }
    r -= entry[0];
  }
  const [, ext, render] = layout;
  const folder = join(outDir, String(Math.floor(i / 100)).padStart(4, '0'));
  if (i % 100 === 0) mkdirSync(folder, { recursive: true });
  const content = render(d);
  const data = typeof content === 'string' ? Buffer.from(content) : content;
  writeFileSync(join(folder, `${String(i).padStart(6, '0')}-${render.name}.${ext}`), data);
  bytes += data.length;
  counts[render.name] = (counts[render.name] ?? 0) + 1;
}
process.stderr.write(`gen-corpus: ${count} documents, ${(bytes / 1024 / 1024).toFixed(1)} MB in ${outDir} (${Object.entries(counts).map(([k, v]) => `${k} ${v}`).join(', ')})\n`);
