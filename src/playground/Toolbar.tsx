/** The playground's header: title, the privacy note, open / sample / download. */
import { useRef, type ChangeEvent, type ReactElement } from 'react';
import { Button, Caption1, makeStyles, Subtitle1, tokens } from '@fluentui/react-components';
import type { PlaygroundStrings } from './playground-strings';

const useStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM, padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  title: { display: 'flex', flexDirection: 'column', marginRight: 'auto' },
  privacy: { color: tokens.colorPaletteGreenForeground1, fontWeight: tokens.fontWeightSemibold },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
});

export interface ToolbarProps {
  readonly strings: PlaygroundStrings;
  readonly fileName: string | null;
  readonly busy: boolean;
  /** Whether a result exists to download (a step has run on this workbook). */
  readonly canDownload: boolean;
  readonly onOpen: (file: File) => void;
  readonly onSample: () => void;
  readonly onDownload: () => void;
  /** 生成填报表: downloads the fill-in form. */
  readonly onFormTemplate: () => void;
  /** 合并填报表: the files picked (many at once). */
  readonly onMergeForms: (files: readonly File[]) => void;
}

export function Toolbar({ strings, fileName, busy, canDownload, onOpen, onSample, onDownload, onFormTemplate, onMergeForms }: ToolbarProps): ReactElement {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const forms = useRef<HTMLInputElement>(null);
  const pickedForms = (e: ChangeEvent<HTMLInputElement>): void => {
    const files = [...(e.target.files ?? [])];
    e.target.value = '';
    if (files.length > 0) onMergeForms(files);
  };
  const picked = (e: ChangeEvent<HTMLInputElement>): void => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (file) onOpen(file);
  };
  return (
    <header className={styles.bar}>
      <div className={styles.title}>
        <Subtitle1 as="h1">{strings.title}</Subtitle1>
        <Caption1 className={styles.privacy} data-testid="privacy">
          {strings.privacy}
        </Caption1>
      </div>
      <div className={styles.actions}>
        <Caption1 data-testid="workbook-name">{fileName !== null ? strings.current(fileName) : ''}</Caption1>
        <input ref={input} type="file" accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" hidden onChange={picked} data-testid="file-input" />
        <Button onClick={() => input.current?.click()} disabled={busy}>
          {strings.open}
        </Button>
        <Button onClick={onSample} disabled={busy}>
          {strings.sample}
        </Button>
        <Button onClick={onFormTemplate} disabled={busy}>
          {strings.formTemplate}
        </Button>
        {/* Any file: what cannot be read is listed in 收集情况 with the reason, never silently dropped. */}
        <input ref={forms} type="file" multiple hidden onChange={pickedForms} data-testid="forms-input" />
        <Button onClick={() => forms.current?.click()} disabled={busy}>
          {strings.mergeForms}
        </Button>
        {canDownload && (
          <Button appearance="primary" onClick={onDownload} disabled={busy || fileName === null}>
            {strings.download}
          </Button>
        )}
      </div>
      <Caption1>{strings.dropHint}</Caption1>
    </header>
  );
}
