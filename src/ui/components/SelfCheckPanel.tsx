/**
 * 环境自检 in the pane: runs the host's self-check (or shows the report the ribbon button left), lists
 * each check, and offers the whole report as text to copy and send.
 */
import { useState, type ReactElement } from 'react';
import { Button, Caption1, makeStyles, Subtitle2, Textarea, tokens } from '@fluentui/react-components';
import { selfCheckText, type SelfCheckReport } from '../../host/self-check/report';
import { useStrings } from '../strings';
import { FailureMessage } from './FailureMessage';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, padding: `${tokens.spacingVerticalM} 0` },
  heading: { margin: 0 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  text: { fontFamily: tokens.fontFamilyMonospace, minHeight: '16em' },
});

export interface SelfCheckPanelProps {
  readonly run: () => Promise<SelfCheckReport>;
  /** A report the ribbon's 环境自检 already produced (WPS hands it over through PluginStorage). */
  readonly initialText?: string;
  readonly disabled?: boolean;
}

export function SelfCheckPanel({ run, initialText, disabled = false }: SelfCheckPanelProps): ReactElement {
  const s = useStrings();
  const styles = useStyles();
  const [busy, setBusy] = useState(false);
  const [text, setText] = useState(initialText ?? '');
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const check = async (): Promise<void> => {
    setBusy(true);
    setCopied(null);
    setFailure(null);
    try {
      setText(selfCheckText(await run()));
    } catch (e) {
      setFailure(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const copy = async (): Promise<void> => {
    try {
      // The Clipboard API may be refused inside Office or WPS: then the user selects the text by hand.
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      setCopied('yes');
    } catch {
      setCopied('no');
    }
  };

  return (
    <section className={styles.root} aria-labelledby="self-check-title" data-testid="self-check">
      <h2 className={styles.heading} id="self-check-title">
        <Subtitle2>{s.selfCheckTitle}</Subtitle2>
      </h2>
      <Caption1>{s.selfCheckHint}</Caption1>
      <div className={styles.actions}>
        <Button onClick={() => void check()} disabled={disabled || busy}>
          {busy ? s.working : s.selfCheckRun}
        </Button>
        {text !== '' && <Button onClick={() => void copy()}>{s.selfCheckCopy}</Button>}
      </div>
      {failure !== null && <FailureMessage detail={failure} onDismiss={() => setFailure(null)} />}
      {copied !== null && <Caption1>{copied === 'yes' ? s.selfCheckCopied : s.selfCheckSelectHint}</Caption1>}
      {text !== '' && (
        <Textarea
          className={styles.text}
          aria-label={s.selfCheckResult}
          value={text}
          readOnly
          resize="vertical"
          data-testid="self-check-text"
        />
      )}
    </section>
  );
}
