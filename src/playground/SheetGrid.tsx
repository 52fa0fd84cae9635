/** A read-only grid of a window of one sheet's rows; the highlighted cell is outlined and scrolled into view. */
import { useEffect, useRef, type ReactElement } from 'react';
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { cellAddress, columnLetter } from '../core';
import type { SheetWindow } from './worker-api';

const useStyles = makeStyles({
  // Contained and fixed-layout: changes elsewhere on the page never re-lay out the grid's thousands of cells.
  scroller: { overflow: 'auto', flexGrow: 1, minHeight: 0, border: `1px solid ${tokens.colorNeutralStroke2}`, contain: 'strict' },
  table: { borderCollapse: 'collapse', tableLayout: 'fixed', fontSize: tokens.fontSizeBase200, fontFamily: tokens.fontFamilyBase },
  rowHeadCol: { width: '48px' },
  col: { width: '104px' },
  head: { position: 'sticky', top: 0, backgroundColor: tokens.colorNeutralBackground3, color: tokens.colorNeutralForeground3, fontWeight: tokens.fontWeightRegular, border: `1px solid ${tokens.colorNeutralStroke2}`, padding: '2px 6px' },
  rowHead: { position: 'sticky', left: 0, backgroundColor: tokens.colorNeutralBackground3, color: tokens.colorNeutralForeground3, textAlign: 'right', border: `1px solid ${tokens.colorNeutralStroke2}`, padding: '2px 6px' },
  cell: { border: `1px solid ${tokens.colorNeutralStroke3}`, padding: '2px 6px', whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' },
  highlight: { outline: `3px solid ${tokens.colorPaletteRedBorder2}`, outlineOffset: '-2px', backgroundColor: tokens.colorPaletteYellowBackground2 },
});

export interface SheetGridProps {
  readonly window: SheetWindow;
  /** A1 address of the cell to highlight, or null. */
  readonly highlight: string | null;
  readonly label: string;
}

export function SheetGrid({ window: win, highlight, label }: SheetGridProps): ReactElement {
  const styles = useStyles();
  const highlighted = useRef<HTMLTableCellElement | null>(null);
  useEffect(() => {
    highlighted.current?.scrollIntoView?.({ block: 'center', inline: 'center' });
  }, [highlight, win]);
  const columns = Array.from({ length: win.totalColumns }, (_, c) => c + 1);
  return (
    <div className={styles.scroller}>
      <table className={styles.table} style={{ width: `${48 + 104 * columns.length}px` }} aria-label={label} data-testid="sheet-grid" data-sheet={win.name}>
        <colgroup>
          <col className={styles.rowHeadCol} />
          {columns.map((c) => (
            <col key={c} className={styles.col} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <th className={styles.head} />
            {columns.map((c) => (
              <th key={c} className={styles.head} scope="col">
                {columnLetter(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {win.rows.map((row, i) => {
            const r = win.firstRow + i;
            return (
              <tr key={r}>
                <th className={styles.rowHead} scope="row">
                  {r}
                </th>
                {columns.map((c) => {
                  const address = cellAddress(r, c);
                  const on = address === highlight;
                  return (
                    <td key={c} ref={on ? highlighted : undefined} className={mergeClasses(styles.cell, on && styles.highlight)} data-cell={address} data-highlighted={on ? 'true' : undefined} title={row[c - 1] || undefined}>
                      {row[c - 1]}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
