import type { jsPDF } from 'jspdf';
import { PDF_FONT } from '../fonts';

/**
 * A small flowing-text writer over jsPDF: a cursor that moves down the page, wraps text to the column,
 * keeps headings with what follows, and starts a new page when the next line would run into the footer.
 * Units are millimetres on A4.
 */

export const PAGE = { width: 210, height: 297, left: 18, right: 18, top: 18, bottom: 26 } as const;
export const CONTENT_WIDTH = PAGE.width - PAGE.left - PAGE.right;

export const COLORS = {
  text: [31, 42, 34] as const,
  muted: [79, 91, 82] as const,
  accent: [47, 107, 63] as const,
  rule: [201, 203, 191] as const,
  track: [232, 236, 228] as const,
  headerFill: [238, 237, 229] as const,
};

const LINE_FACTOR = 1.38;
const PT_TO_MM = 25.4 / 72;

export interface TextStyle {
  size?: number;
  bold?: boolean;
  color?: readonly [number, number, number];
  indent?: number;
  width?: number;
}

export interface TableColumn {
  header: string;
  width: number;
  align?: 'left' | 'right';
}

export class PdfWriter {
  y: number = PAGE.top;

  constructor(readonly doc: jsPDF) {}

  /** Height of one line of text at a font size, in mm. */
  lineHeight(size: number): number {
    return size * PT_TO_MM * LINE_FACTOR;
  }

  /** Start a new page when fewer than `height` mm are left above the footer. */
  ensureSpace(height: number): void {
    if (this.y + height > PAGE.height - PAGE.bottom) this.newPage();
  }

  newPage(): void {
    this.doc.addPage('a4', 'portrait');
    this.y = PAGE.top;
  }

  gap(height: number): void {
    this.y += height;
  }

  setStyle(style: TextStyle): void {
    this.doc.setFont(PDF_FONT, style.bold ? 'bold' : 'normal');
    this.doc.setFontSize(style.size ?? 10);
    const [r, g, b] = style.color ?? COLORS.text;
    this.doc.setTextColor(r, g, b);
  }

  /** Wrap text to a width with the current style; blank lines in the text are kept. */
  wrap(text: string, width: number, style: TextStyle = {}): string[] {
    this.setStyle(style);
    return this.doc.splitTextToSize(text, width) as string[];
  }

  /** Write wrapped text at the cursor, breaking pages between lines. */
  paragraph(text: string, style: TextStyle = {}): void {
    const size = style.size ?? 10;
    const indent = style.indent ?? 0;
    const lines = this.wrap(text, (style.width ?? CONTENT_WIDTH) - indent, style);
    const lh = this.lineHeight(size);
    for (const line of lines) {
      this.ensureSpace(lh);
      this.setStyle(style);
      this.doc.text(line, PAGE.left + indent, this.y + size * PT_TO_MM);
      this.y += lh;
    }
  }

  /** A section heading with a rule, kept together with at least `keep` mm of what follows. */
  heading(text: string, keep = 14): void {
    const size = 12.5;
    this.gap(4);
    this.ensureSpace(this.lineHeight(size) + keep);
    this.setStyle({ size, bold: true, color: COLORS.accent });
    this.doc.text(text, PAGE.left, this.y + size * PT_TO_MM);
    this.y += this.lineHeight(size);
    this.rule();
    this.gap(1.5);
  }

  /** A smaller heading inside a section. */
  subheading(text: string): void {
    const size = 10.5;
    this.gap(1.5);
    this.ensureSpace(this.lineHeight(size) * 2);
    this.paragraph(text, { size, bold: true });
  }

  rule(): void {
    const [r, g, b] = COLORS.rule;
    this.doc.setDrawColor(r, g, b);
    this.doc.setLineWidth(0.3);
    this.doc.line(PAGE.left, this.y, PAGE.width - PAGE.right, this.y);
  }

  /**
   * Label / value rows in two columns (label bold). Rows break between lines, so even a long value
   * flows onto the next page instead of running into the footer.
   */
  keyValues(rows: readonly [string, string][], labelWidth = 48, indent = 0): void {
    const size = 10;
    const lh = this.lineHeight(size);
    for (const [label, value] of rows) {
      const columns = [
        { x: PAGE.left + indent, lines: this.wrap(label, labelWidth - 3, { size, bold: true }), style: { size, bold: true } },
        { x: PAGE.left + indent + labelWidth, lines: this.wrap(value, CONTENT_WIDTH - labelWidth - indent, { size }), style: { size } },
      ];
      this.ensureSpace(Math.min(3, Math.max(...columns.map((c) => c.lines.length))) * lh);
      this.rowLines(columns, size);
      this.gap(0.6);
    }
  }

  /** Write cells side by side, line by line, breaking pages between lines. */
  rowLines(
    columns: readonly { x: number; lines: readonly string[]; style: TextStyle; align?: 'left' | 'right' }[],
    size: number,
    onNewPage?: () => void,
  ): void {
    const lh = this.lineHeight(size);
    const count = Math.max(1, ...columns.map((c) => c.lines.length));
    for (let i = 0; i < count; i += 1) {
      if (this.y + lh > PAGE.height - PAGE.bottom) {
        this.newPage();
        onNewPage?.();
      }
      for (const column of columns) {
        const line = column.lines[i];
        if (line === undefined) continue;
        this.setStyle(column.style);
        this.doc.text(line, column.x, this.y + size * PT_TO_MM, { align: column.align ?? 'left' });
      }
      this.y += lh;
    }
  }

  /** A simple table: a shaded header row repeated on each new page, wrapped cells, a rule under each row. */
  table(columns: readonly TableColumn[], rows: readonly (readonly string[])[]): void {
    const size = 9.5;
    const lh = this.lineHeight(size);
    const pad = 1.5;
    const xs = columns.reduce<number[]>((acc, _column, i) => [...acc, i === 0 ? PAGE.left : acc[i - 1]! + columns[i - 1]!.width], []);
    const header = (): void => {
      const lines = columns.map((column) => this.wrap(column.header, column.width - 2 * pad, { size, bold: true }));
      const height = Math.max(...lines.map((l) => l.length)) * lh + 1;
      const [r, g, b] = COLORS.headerFill;
      this.doc.setFillColor(r, g, b);
      this.doc.rect(PAGE.left, this.y, CONTENT_WIDTH, height, 'F');
      lines.forEach((cell, i) => this.cellLines(cell, xs[i]!, columns[i]!, pad, { size, bold: true }));
      this.y += height;
    };
    this.ensureSpace(lh * 3);
    header();
    for (const row of rows) {
      const cells = columns.map((column, i) => this.wrap(row[i] ?? '', column.width - 2 * pad, { size }));
      const lines = Math.max(1, ...cells.map((c) => c.length));
      if (this.y + Math.min(lines, 3) * lh + 1 > PAGE.height - PAGE.bottom) {
        this.newPage();
        header();
      }
      this.gap(0.5);
      this.rowLines(
        cells.map((cell, i) => {
          const column = columns[i]!;
          const x = column.align === 'right' ? xs[i]! + column.width - pad : xs[i]! + pad;
          return { x, lines: cell, style: { size }, align: column.align };
        }),
        size,
        header,
      );
      this.gap(0.5);
      this.rule();
    }
  }

  private cellLines(lines: readonly string[], x: number, column: TableColumn, pad: number, style: TextStyle): void {
    const size = style.size ?? 10;
    this.setStyle(style);
    lines.forEach((line, i) => {
      const at = column.align === 'right' ? x + column.width - pad : x + pad;
      this.doc.text(line, at, this.y + 0.5 + i * this.lineHeight(size) + size * PT_TO_MM, { align: column.align ?? 'left' });
    });
  }

  /** A bulleted item with a hanging indent. */
  bullet(text: string, style: TextStyle = {}): void {
    const size = style.size ?? 10;
    const indent = style.indent ?? 0;
    const lines = this.wrap(text, CONTENT_WIDTH - indent - 5, style);
    const lh = this.lineHeight(size);
    lines.forEach((line, i) => {
      this.ensureSpace(lh);
      this.setStyle(style);
      if (i === 0) this.doc.text('•', PAGE.left + indent + 1, this.y + size * PT_TO_MM);
      this.doc.text(line, PAGE.left + indent + 5, this.y + size * PT_TO_MM);
      this.y += lh;
    });
  }
}
