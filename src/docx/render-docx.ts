/**
 * NoticeDocument (the core's plain document model) → .docx bytes with the `docx` library (MIT; no
 * hand-written XML). GB/T 9704-2012: A4, top 37 mm, binding side 28 mm, text block 156 × 225 mm;
 * 版头 in red 小标宋 over a red rule; title 小标宋 size 2 (22 pt); body 仿宋 size 3 (16 pt) on a 28.95 pt
 * grid (22 lines); tables 仿宋 size 5 (10.5 pt); 落款 and date right with four characters' space;
 * page numbers 「— 1 —」 in 宋体 size 4 (14 pt), starting at 1. Used by the CLI and the playground.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  convertMillimetersToTwip,
  type IRunOptions,
} from 'docx';
import type { DocBlock, DocParagraph, DocTable, NoticeDocument } from '../core';

/**
 * Font names as offices have them; Word falls back by the East Asian charset where one is missing.
 * 仿宋 (FangSong) ships with Windows and WPS, unlike 仿宋_GB2312; 方正小标宋简体 is the standard title face.
 */
export const DOC_FONTS = { title: '方正小标宋简体', body: '仿宋', heading: '黑体', pageNumber: '宋体', latin: 'Times New Roman' } as const;

const RED = 'FF0000';
/** 22 lines in the 225 mm text block: 225 mm / 22 ≈ 28.95 pt. */
const LINE_TWIPS = 579;
const TEXT_WIDTH_MM = 156;

function font(name: string, size: number, extra: Partial<IRunOptions> = {}): IRunOptions {
  // Chinese as the East Asian language: Word and LibreOffice then keep 「）》，」 off a line start (kinsoku).
  return { font: { ascii: DOC_FONTS.latin, hAnsi: DOC_FONTS.latin, eastAsia: name, hint: 'eastAsia' }, size: size * 2, language: { value: 'zh-CN', eastAsia: 'zh-CN' }, ...extra };
}

function paragraph(b: DocParagraph, BODY_PT: number, TABLE_PT: number): Paragraph {
  const line = { line: Math.round((LINE_TWIPS * BODY_PT) / 16), lineRule: LineRuleType.EXACT };
  switch (b.role) {
    case 'issuer':
      return new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 120 }, children: [new TextRun({ text: b.text, ...font(DOC_FONTS.title, 26, { color: RED }) })] });
    case 'docNumber':
      return new Paragraph({ alignment: AlignmentType.CENTER, spacing: line, children: [new TextRun({ text: b.text, ...font(DOC_FONTS.body, BODY_PT) })] });
    case 'title':
      return new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 200, line: 640, lineRule: LineRuleType.EXACT }, children: [new TextRun({ text: b.text, ...font(DOC_FONTS.title, 22) })] });
    case 'recipients':
      return new Paragraph({ spacing: line, children: [new TextRun({ text: b.text, ...font(DOC_FONTS.body, BODY_PT) })] });
    case 'heading':
      return new Paragraph({ spacing: { ...line, before: 120 }, children: [new TextRun({ text: b.text, ...font(DOC_FONTS.heading, BODY_PT) })] });
    case 'note':
      return new Paragraph({ spacing: { before: 60, after: 60 }, children: [new TextRun({ text: b.text, ...font(DOC_FONTS.body, TABLE_PT) })] });
    case 'signature':
      // 右空四字 (GB/T 9704 7.3.5.1): four characters of the body size from the right edge.
      return new Paragraph({ alignment: AlignmentType.RIGHT, indent: { right: 4 * BODY_PT * 20 }, spacing: line, children: [new TextRun({ text: b.text, ...font(DOC_FONTS.body, BODY_PT) })] });
    case 'body':
      return new Paragraph({ alignment: AlignmentType.BOTH, indent: { firstLine: 2 * BODY_PT * 20 }, spacing: line, children: [new TextRun({ text: b.text, ...font(DOC_FONTS.body, BODY_PT) })] });
  }
}

function rule(): Paragraph {
  return new Paragraph({ spacing: { after: 240 }, border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: RED, space: 1 } }, children: [] });
}

function cell(text: string, width: number, TABLE_PT: number, o: { span?: number; rows?: number; fill?: string | null; header?: boolean; left?: boolean } = {}): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    columnSpan: o.span,
    rowSpan: o.rows,
    verticalAlign: VerticalAlign.CENTER,
    shading: o.fill ? { type: ShadingType.CLEAR, fill: o.fill.replace('#', ''), color: 'auto' } : undefined,
    margins: { left: 40, right: 40 },
    children: [new Paragraph({ alignment: o.left ? AlignmentType.LEFT : AlignmentType.CENTER, children: [new TextRun({ text, ...font(o.header ? DOC_FONTS.heading : DOC_FONTS.body, TABLE_PT) })] })],
  });
}

function table(t: DocTable, size: number): Table {
  const total = t.columns.reduce((a, c) => a + c.width, 0);
  const twips = t.columns.map((c) => Math.floor((convertMillimetersToTwip(TEXT_WIDTH_MM) * c.width) / total));
  const grouped = t.columns.some((c) => c.group !== null);
  const header: TableRow[] = [];
  if (grouped) {
    const top: TableCell[] = [];
    t.columns.forEach((c, i) => {
      if (c.group === null) top.push(cell(c.header, twips[i], size, { rows: 2, header: true }));
      else if (i === 0 || t.columns[i - 1].group !== c.group) {
        const span = t.columns.slice(i).findIndex((x) => x.group !== c.group);
        const n = span < 0 ? t.columns.length - i : span;
        top.push(cell(c.group, twips.slice(i, i + n).reduce((a, b) => a + b, 0), size, { span: n, header: true }));
      }
    });
    header.push(new TableRow({ tableHeader: true, children: top }));
    header.push(new TableRow({ tableHeader: true, children: t.columns.flatMap((c, i) => (c.group === null ? [] : [cell(c.header, twips[i], size, { header: true })])) }));
  } else {
    header.push(new TableRow({ tableHeader: true, children: t.columns.map((c, i) => cell(c.header, twips[i], size, { header: true })) }));
  }
  const body = t.rows.map((r) =>
    'section' in r
      ? new TableRow({ cantSplit: true, children: [cell(r.section, twips.reduce((a, b) => a + b, 0), size, { span: t.columns.length, header: true, left: true })] })
      : new TableRow({ cantSplit: true, children: r.map((c, i) => cell(c.text, twips[i], size, { fill: c.fill })) }),
  );
  return new Table({ layout: TableLayoutType.FIXED, columnWidths: twips, width: { size: twips.reduce((a, b) => a + b, 0), type: WidthType.DXA }, rows: [...header, ...body] });
}

function block(b: DocBlock, body: number, tableSize: number): Paragraph | Table {
  if (b.kind === 'rule') return rule();
  if (b.kind === 'table') return table(b, tableSize);
  return paragraph(b, body, tableSize);
}

/** The document as a docx Document (A4, GB/T 9704 margins, 「— 1 —」 footer from page 1). */
export function docxDocument(doc: NoticeDocument): Document {
  const footer = doc.pageNumbers
    ? new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], ...font(DOC_FONTS.pageNumber, 14) })] })] })
    : undefined;
  return new Document({
    creator: '履职统计',
    title: doc.name,
    styles: { default: { document: { run: font(DOC_FONTS.body, doc.bodySize) } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: convertMillimetersToTwip(210), height: convertMillimetersToTwip(297) },
            margin: { top: convertMillimetersToTwip(37), bottom: convertMillimetersToTwip(35), left: convertMillimetersToTwip(28), right: convertMillimetersToTwip(26), footer: convertMillimetersToTwip(20) },
            pageNumbers: { start: 1 },
          },
        },
        footers: footer ? { default: footer } : undefined,
        children: doc.blocks.map((b) => block(b, doc.bodySize, doc.tableSize)),
      },
    ],
  });
}

/** .docx bytes of a document (works in Node and in a browser worker). */
export async function docxBytes(doc: NoticeDocument): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(docxDocument(doc)));
}
