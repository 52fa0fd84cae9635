/**
 * The Word documents read back as a recipient's program reads them: every .docx unzipped (jszip),
 * the text of word/document.xml and the footers. From a real pipeline run on a table with a title
 * year, a duplicated member, a member with a cell that is not a count (pending), a member of the
 * committee's own office and one without a unit.
 */
import JSZip from 'jszip';
import { runPipeline } from '../../src/core/pipeline';
import type { PipelineSuccess } from '../../src/core/pipeline';
import { docxFiles, docxZip, type DocxFile } from '../../src/docx/docx-files';
import { sheet, snapshot } from '../support/builders';
import { exampleMethod } from '../../src/core/method/example-method';

const HEADER = ['序号', '姓名', '界别', '专委会', '工作单位', '出席全体会议', '全体会议请假', '全体会议无故缺席', '专委会活动', '视察调研', '领衔提案', '报送社情民意'];
// name, sector, committee, unit, plenary attended / leave / absent, committee activities, inspections, proposals, opinions
const ROWS: (string | number | null)[][] = [
  [1, '张建国', '中共', '提案委', '区教育局', 1, 0, 0, 4, 2, 2, 3],
  [2, '李秀英', '民革', '经济委', '区卫生健康委员会', 1, 0, 0, 3, 1, 1, 2],
  [3, '王志强', '民盟', '提案委', '区教育局', 0, 1, 0, 1, 0, 0, 0],
  // A cell that is not a count: pending, one neutral line for the member and the unit.
  [4, '刘丽华', '教育界', '文史委', '区财政局', 1, 0, 0, '若干', 1, 1, 1],
  [5, '陈海燕', '医卫界', '经济委', '区卫生健康委员会', 1, 0, 0, 5, 3, 3, 4],
  // The committee's own office: no letter (the run names her).
  [6, '杨文博', '中共', '社法委', '政协X区委员会办公室', 1, 0, 0, 6, 2, 1, 1],
  // No unit: no letter.
  [7, '黄晓东', '经济界', '社法委', null, 1, 0, 0, 2, 1, 0, 1],
  // The same member again (same name, same unit): member.duplicate; listed once everywhere.
  [8, '张建国', '中共', '提案委', '区教育局', 1, 0, 0, 4, 2, 2, 3],
];
const NAMES = ['张建国', '李秀英', '王志强', '刘丽华', '陈海燕', '杨文博', '黄晓东'];
const UNIT_OF: Readonly<Record<string, string>> = { 张建国: '区教育局', 李秀英: '区卫生健康委员会', 王志强: '区教育局', 刘丽华: '区财政局', 陈海燕: '区卫生健康委员会' };

let outcome: PipelineSuccess;
let files: DocxFile[];

/** The text of each paragraph of a part (tables included, one paragraph per cell). */
function paragraphs(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''));
}

interface ReadDoc {
  readonly document: string;
  readonly paragraphs: string[];
  readonly text: string;
  readonly footers: string[];
}

async function read(file: DocxFile): Promise<ReadDoc> {
  const zip = await JSZip.loadAsync(file.bytes);
  const document = await zip.file('word/document.xml')!.async('string');
  const footers = await Promise.all(Object.keys(zip.files).filter((n) => /^word\/footer\d*\.xml$/.test(n)).map((n) => zip.file(n)!.async('string')));
  const ps = paragraphs(document);
  return { document, paragraphs: ps, text: ps.join('\n'), footers };
}

function count(text: string, word: string): number {
  return text.split(word).length - 1;
}

/** Office wording a member or a unit must never read: cell addresses, row numbers, finding codes, instructions to fix. */
function officeWording(text: string): string[] {
  const hits: string[] = [];
  const flat = text.replace(/\s+/g, '');
  for (const m of flat.matchAll(/(?<![A-Za-z])[A-Z]{1,3}[1-9]\d*(?![\d年月日])/g)) hits.push(`cell ${m[0]}`);
  for (const m of flat.matchAll(/第\d+行|行号/g)) hits.push(`row ${m[0]}`);
  for (const m of flat.matchAll(/\b[a-z]+\.[a-z_]+\b/g)) hits.push(`code ${m[0]}`);
  for (const w of ['单元格', '请更正', '请填写', '请修改', '删除', '重新运行', '校验结果', '工作表', '待核实（', '若干']) if (flat.includes(w)) hits.push(`instruction ${w}`);
  return hits;
}

beforeAll(async () => {
  const s = snapshot([sheet('统计表', [['政协X区委员会2024年度委员履职情况统计表'], HEADER, ...ROWS])], undefined, '委员履职统计.xlsx');
  // Run in January 2026: the run date alone would say 2025; the table's title says 2024.
  const run = runPipeline(s, { fileName: s.fileName, outputs: [], today: { year: 2026, month: 1, day: 10 }, runAt: '2026-01-10 09:00:00' });
  if (!run.ok) throw new Error(run.fatal.message);
  outcome = run;
  files = await docxFiles(run.noticeContext);
});

describe('the Word documents, read back', () => {
  it('one circular and one file per employer unit (not the committee itself, not a member without a unit)', () => {
    expect(files.map((f) => f.path)).toEqual(['履职通报.docx', '单位告知/区教育局.docx', '单位告知/区卫生健康委员会.docx', '单位告知/区财政局.docx']);
    // The table as the run read it: a duplicate (pending) and a value error (pending).
    expect(outcome.findings.map((f) => f.code)).toEqual(expect.arrayContaining(['member.duplicate', 'value.not_number', 'year.assumed']));
  });

  it('every document states the year the run decided (the title’s 2024, not the run date’s 2025)', async () => {
    expect([outcome.report.year, outcome.report.yearOrigin]).toEqual([2024, 'title']);
    for (const f of files) {
      const doc = await read(f);
      expect([f.path, doc.text.includes('2024年度')]).toEqual([f.path, true]);
      expect([f.path, doc.text.includes('2025年度')]).toEqual([f.path, false]);
    }
  });

  it('the circular has 主送 「各位委员：」 right under the title; each letter is addressed to its unit', async () => {
    const circular = await read(files[0]);
    const title = circular.paragraphs.findIndex((p) => p.includes('履职情况的通报'));
    expect(title).toBeGreaterThan(0);
    expect(circular.paragraphs[title + 1]).toBe('各位委员：');
    for (const f of files.slice(1)) {
      const unit = f.path.replace(/^单位告知\//, '').replace(/\.docx$/, '');
      const letter = await read(f);
      const at = letter.paragraphs.findIndex((p) => p.includes('告知函'));
      expect(letter.paragraphs[at + 1]).toBe(`${unit}：`);
    }
  });

  it('takes 主送 from the notice settings (the letters keep the unit’s name)', async () => {
    const ctx = outcome.noticeContext;
    const notice = { ...(ctx.method.notice ?? exampleMethod().notice!), recipients: '各位委员、各专门委员会' };
    const custom = await docxFiles({ ...ctx, method: { ...ctx.method, notice } });
    const circular = await read(custom[0]);
    expect(circular.paragraphs[circular.paragraphs.findIndex((p) => p.includes('履职情况的通报')) + 1]).toBe('各位委员、各专门委员会：');
    const letter = await read(custom[1]);
    expect(letter.paragraphs[letter.paragraphs.findIndex((p) => p.includes('告知函')) + 1]).toBe('区教育局：');
  });

  it('speaks to members and units: no cell address, row number, finding code or instruction; a pending member gets one neutral line', async () => {
    // The detector is not blind: the office's own findings trip it.
    const office = officeWording(outcome.findings.map((f) => `${f.code} ${f.cell ?? ''} ${f.message}`).join('\n'));
    expect(office.some((h) => h.startsWith('cell'))).toBe(true);
    expect(office.some((h) => h.startsWith('code'))).toBe(true);
    for (const f of files) {
      const doc = await read(f);
      expect([f.path, officeWording(doc.text)]).toEqual([f.path, []]);
    }
    const circular = await read(files[0]);
    // 刘丽华 and 张建国 (duplicated) are pending: listed apart, with no reason but the neutral line.
    expect(circular.text).toContain('以下委员的部分履职数据正在核实，暂不公布评价结果，核实后另行通报。');
    const finance = await read(files.find((f) => f.path.includes('区财政局'))!);
    expect(finance.text).toContain('部分履职数据正在核实，核实后另行告知。');
  });

  it('lists every member exactly once in the circular, whatever the table’s duplicates', async () => {
    const circular = await read(files[0]);
    for (const name of NAMES) expect([name, count(circular.text, name)]).toEqual([name, 1]);
  });

  it('each unit’s file holds that unit’s members once and no one else', async () => {
    for (const f of files.slice(1)) {
      const unit = f.path.replace(/^单位告知\//, '').replace(/\.docx$/, '');
      const text = (await read(f)).text;
      for (const name of NAMES) expect([unit, name, count(text, name)]).toEqual([unit, name, UNIT_OF[name] === unit ? 1 : 0]);
    }
    // 区教育局 has 张建国 (twice in the table) and 王志强: 「贵单位2名委员」.
    expect((await read(files[1])).text).toContain('贵单位2名委员');
  });

  it('numbers pages 「— 1 —」 from 1: a PAGE field in the footer and the section starting at 1', async () => {
    for (const f of files) {
      const doc = await read(f);
      expect([f.path, /<w:pgNumType w:start="1"\/>/.test(doc.document)]).toEqual([f.path, true]);
      expect(doc.footers).toHaveLength(1);
      const footer = doc.footers[0];
      expect(footer).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
      expect(paragraphs(footer).join('')).toBe('—  —');
    }
  });

  it('zips them for the playground with the Chinese names kept (UTF-8 names)', async () => {
    const bytes = docxZip(files);
    // Each local header flags its name as UTF-8 (general purpose bit 11), as Windows and macOS need to show it.
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let headers = 0;
    for (let at = 0; view.getUint32(at, true) === 0x04034b50; headers++) {
      expect(view.getUint16(at + 6, true) & 0x800).toBe(0x800);
      at += 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true) + view.getUint32(at + 18, true);
    }
    expect(headers).toBe(files.length);
    const zip = await JSZip.loadAsync(bytes);
    expect(Object.keys(zip.files).filter((n) => !zip.files[n].dir).sort()).toEqual(files.map((f) => f.path).sort());
    const circular = await zip.file('履职通报.docx')!.async('uint8array');
    expect(Buffer.from(circular).equals(Buffer.from(files[0].bytes))).toBe(true);
  });
});
