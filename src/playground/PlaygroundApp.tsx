/** The playground page: the same task pane as in Excel, beside read-only grids of the workbook, which lives in a worker. */
import { useCallback, useEffect, useMemo, useRef, useState, type DragEvent, type ReactElement } from 'react';
import { FluentProvider, makeStyles, MessageBar, MessageBarBody, Spinner, tokens, webLightTheme } from '@fluentui/react-components';
import { proxy, transfer, type Remote } from 'comlink';
import { TaskPane } from '../ui/components/TaskPane';
import type { Locale } from '../ui/strings';
import type { FlowServices } from '../ui/flow/use-year-end-flow';
import { downloadBytes, resultFileName } from './download';
import { PlaygroundHost, playgroundServices } from './playground-host';
import { playgroundEnUS, playgroundZhCN } from './playground-strings';
import { SheetViewer } from './SheetViewer';
import { Toolbar } from './Toolbar';
import { MERGED_FILE, type PlaygroundApi } from './worker-api';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', height: '100vh', position: 'relative' },
  body: { display: 'flex', flexGrow: 1, minHeight: 0 },
  pane: { width: '380px', flexShrink: 0, overflowY: 'auto', borderRight: `1px solid ${tokens.colorNeutralStroke2}`, contain: 'strict' },
  viewer: { flexGrow: 1, minWidth: 0, padding: tokens.spacingHorizontalM, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  overlay: {
    position: 'absolute',
    inset: 0,
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    backgroundColor: 'rgba(0, 120, 212, 0.12)',
    border: `3px dashed ${tokens.colorBrandStroke1}`,
    fontSize: tokens.fontSizeBase500,
    pointerEvents: 'none',
  },
});

export interface PlaygroundAppProps {
  readonly api: Remote<PlaygroundApi>;
  readonly locale: Locale;
  /** URL of the bundled sample workbook, opened at start. */
  readonly sampleUrl: string;
}

export function PlaygroundApp({ api, locale, sampleUrl }: PlaygroundAppProps): ReactElement {
  const styles = useStyles();
  const strings = locale === 'en-US' ? playgroundEnUS : playgroundZhCN;
  const [workbook, setWorkbook] = useState<{ readonly name: string; readonly id: number } | null>(null);
  const [loading, setLoading] = useState(false);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [sheets, setSheets] = useState<readonly string[]>([]);
  const [active, setActive] = useState<string | null>(null);
  const [highlight, setHighlight] = useState<{ sheet: string; cell: string } | null>(null);
  const [version, setVersion] = useState(0);
  const [dragging, setDragging] = useState(false);
  // 「下载结果工作簿」 is offered once something was written into the workbook (issue 10 point 15).
  const [ran, setRan] = useState(false);
  // Set on every load: the pane's first look at the workbook opens the grid on the member sheet it pre-selects.
  const showGuess = useRef(false);

  const refreshSheets = useCallback(
    async (show: string | undefined): Promise<void> => {
      const names = await api.sheetNames();
      setSheets(names);
      setVersion((v) => v + 1);
      setActive((current) => (show !== undefined && names.includes(show) ? show : current !== null && names.includes(current) ? current : (names[0] ?? null)));
    },
    [api],
  );

  const host = useMemo(
    () =>
      new PlaygroundHost(api, (sheet, cell) => {
        setActive(sheet);
        setHighlight({ sheet, cell });
      }),
    [api],
  );

  const services = useMemo((): FlowServices => {
    const base = playgroundServices(api, (activate) => {
      setRan(true);
      setHighlight(null);
      void refreshSheets(activate);
    });
    return {
      ...base,
      inspect: async (h) => {
        const overview = await base.inspect(h);
        if (showGuess.current && overview.guess !== null) setActive(overview.guess);
        showGuess.current = false;
        return overview;
      },
    };
  }, [api, refreshSheets]);

  const openBytes = useCallback(
    async (bytes: Uint8Array, name: string): Promise<void> => {
      setLoading(true);
      setLoadError(null);
      try {
        const loaded = await api.load(transfer(bytes, [bytes.buffer]), name);
        // A file that cannot be opened never unloads the workbook already open.
        if (!loaded.ok) {
          setLoadError(strings.loadFailed(name, strings.whyNot[loaded.kind]));
          return;
        }
        showGuess.current = true;
        setHighlight(null);
        setRan(false);
        await refreshSheets(undefined);
        setWorkbook((w) => ({ name, id: (w?.id ?? 0) + 1 }));
      } catch {
        setLoadError(strings.loadFailed(name, strings.whyNot.broken));
      } finally {
        setLoading(false);
      }
    },
    [api, refreshSheets, strings],
  );

  const openFile = useCallback(
    async (file: File): Promise<void> => {
      if (!/\.xlsx$/i.test(file.name)) {
        setLoadError(strings.notXlsx(file.name));
        return;
      }
      await openBytes(new Uint8Array(await file.arrayBuffer()), file.name);
    },
    [openBytes, strings],
  );

  const openSample = useCallback(async (): Promise<void> => {
    const response = await fetch(sampleUrl).catch(() => null);
    if (response === null || !response.ok) {
      setLoadError(strings.sampleMissing);
      return;
    }
    await openBytes(new Uint8Array(await response.arrayBuffer()), sampleUrl.split('/').pop() ?? sampleUrl);
  }, [openBytes, sampleUrl, strings]);

  useEffect(() => {
    void openSample();
  }, [openSample]);

  const [mergeNote, setMergeNote] = useState<string | null>(null);
  const [mergeProgress, setMergeProgress] = useState<string | null>(null);

  const formTemplate = async (): Promise<void> => {
    downloadBytes(await api.formTemplate(), strings.formTemplateFile);
  };

  const mergeFiles = async (files: readonly File[]): Promise<void> => {
    setLoading(true);
    setLoadError(null);
    setMergeNote(null);
    try {
      const uploads = await Promise.all(files.map(async (f) => ({ bytes: new Uint8Array(await f.arrayBuffer()), name: f.name, modified: Number.isFinite(f.lastModified) ? f.lastModified : null })));
      const summary = await api.mergeForms(
        transfer(uploads, uploads.map((u) => u.bytes.buffer)),
        proxy((done: number, total: number) => setMergeProgress(strings.merging(done, total))),
      );
      setMergeNote(strings.merged(summary));
      showGuess.current = true;
      setHighlight(null);
      setRan(true);
      await refreshSheets(undefined);
      setWorkbook((w) => ({ name: MERGED_FILE, id: (w?.id ?? 0) + 1 }));
    } catch {
      setLoadError(strings.loadFailed(files[0]?.name ?? '', strings.whyNot.broken));
    } finally {
      setMergeProgress(null);
      setLoading(false);
    }
  };

  const download = async (): Promise<void> => {
    if (workbook === null) return;
    downloadBytes(await api.toBuffer(), resultFileName(workbook.name));
  };

  const drop = (e: DragEvent<HTMLDivElement>): void => {
    e.preventDefault();
    setDragging(false);
    const file = e.dataTransfer.files[0];
    if (file) void openFile(file);
  };

  return (
    <FluentProvider theme={webLightTheme} lang={locale}>
      <div
        className={styles.page}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={(e) => {
          if (e.currentTarget === e.target) setDragging(false);
        }}
        onDrop={drop}
        data-testid="drop-zone"
      >
        <Toolbar strings={strings} fileName={workbook?.name ?? null} busy={loading} canDownload={ran} onOpen={(f) => void openFile(f)} onSample={() => void openSample()} onDownload={() => void download()} onFormTemplate={() => void formTemplate()} onMergeForms={(f) => void mergeFiles(f)} />
        {mergeNote !== null && (
          <MessageBar intent="info" data-testid="merge-note">
            <MessageBarBody>{mergeNote}</MessageBarBody>
          </MessageBar>
        )}
        {loadError !== null && (
          <MessageBar intent="error" data-testid="load-error">
            <MessageBarBody>{loadError}</MessageBarBody>
          </MessageBar>
        )}
        <div className={styles.body}>
          <div className={styles.pane}>
            {loading && <Spinner label={mergeProgress ?? strings.loading} data-testid={mergeProgress !== null ? 'merge-progress' : undefined} />}
            {workbook !== null && <TaskPane key={workbook.id} host={host} services={services} locale={locale} />}
          </div>
          <div className={styles.viewer}>{workbook !== null && !loading && <SheetViewer api={api} strings={strings} sheets={sheets} active={active} highlight={highlight} version={version} onActivate={setActive} />}</div>
        </div>
        {dragging && <div className={styles.overlay}>{strings.dropOverlay}</div>}
      </div>
    </FluentProvider>
  );
}
