/** The playground's read-only view of the workbook: one tab per sheet, a page of rows at a time. */
import { useEffect, useState, type ReactElement } from 'react';
import { Button, Caption1, makeStyles, Tab, TabList, tokens } from '@fluentui/react-components';
import type { Remote } from 'comlink';
import { parseCell } from '../core';
import type { PlaygroundStrings } from './playground-strings';
import { SheetGrid } from './SheetGrid';
import type { PlaygroundApi, SheetWindow } from './worker-api';

const PAGE = 100;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minHeight: 0, height: '100%' },
  tabs: { overflowX: 'auto', flexShrink: 0 },
  pager: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexShrink: 0 },
});

export interface SheetViewerProps {
  readonly api: Remote<PlaygroundApi>;
  readonly strings: PlaygroundStrings;
  readonly sheets: readonly string[];
  readonly active: string | null;
  readonly highlight: { readonly sheet: string; readonly cell: string } | null;
  /** Bumped after every write, so the grid reloads. */
  readonly version: number;
  readonly onActivate: (sheet: string) => void;
}

export function SheetViewer({ api, strings, sheets, active, highlight, version, onActivate }: SheetViewerProps): ReactElement {
  const styles = useStyles();
  const [firstRow, setFirstRow] = useState(1);
  const [win, setWin] = useState<SheetWindow | null>(null);
  const target = highlight !== null && highlight.sheet === active ? highlight.cell : null;

  // A highlighted cell brings its rows into the window.
  useEffect(() => {
    const row = target !== null ? parseCell(target)?.row : undefined;
    setFirstRow(row !== undefined ? Math.max(1, row - 20) : 1);
  }, [target, active]);

  useEffect(() => {
    let live = true;
    if (active === null) {
      setWin(null);
      return undefined;
    }
    void api.sheetWindow(active, firstRow, PAGE).then((w) => {
      if (live) setWin(w);
    });
    return () => {
      live = false;
    };
  }, [api, active, firstRow, version]);

  if (sheets.length === 0) return <Caption1>{strings.viewerEmpty}</Caption1>;
  const last = win === null ? 0 : win.firstRow + win.rows.length - 1;
  return (
    <div className={styles.root}>
      <TabList className={styles.tabs} selectedValue={active ?? undefined} onTabSelect={(_e, data) => onActivate(String(data.value))} size="small" aria-label={strings.viewerTitle}>
        {sheets.map((name) => (
          <Tab key={name} value={name}>
            {name}
          </Tab>
        ))}
      </TabList>
      {win !== null && win.name === active && (
        <>
          <div className={styles.pager}>
            <Button size="small" disabled={win.firstRow <= 1} onClick={() => setFirstRow(Math.max(1, win.firstRow - PAGE))}>
              {strings.previousRows}
            </Button>
            <Button size="small" disabled={last >= win.totalRows} onClick={() => setFirstRow(win.firstRow + PAGE)}>
              {strings.nextRows}
            </Button>
            <Caption1>{strings.rowsShown(win.rows.length > 0 ? win.firstRow : 0, last, win.totalRows)}</Caption1>
          </div>
          <SheetGrid window={win} highlight={target} label={strings.gridLabel(win.name)} />
        </>
      )}
    </div>
  );
}
