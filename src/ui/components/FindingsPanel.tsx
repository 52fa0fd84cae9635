/** Step 4: the findings of the latest run, filtered by severity, shown a page at a time. */
import { useMemo, useState, type ReactElement } from 'react';
import { Body1, Button, Caption1, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from '@fluentui/react-components';
import type { Finding, Severity } from '../../core';
import { useStrings, type Locale } from '../strings';
import { findingText } from '../finding-text';
import { FindingRow } from './FindingRow';
import { SeverityFilter } from './SeverityFilter';

const PAGE = 50;

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, maxHeight: '360px', overflowY: 'auto', border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium },
});

export interface FindingsPanelProps {
  readonly findings: readonly Finding[];
  readonly locale: Locale;
  readonly onSelect: (finding: Finding) => void;
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}

export function FindingsPanel({ findings, locale, onSelect }: FindingsPanelProps): ReactElement {
  const s = useStrings();
  const styles = useStyles();
  const [shown, setShown] = useState<ReadonlySet<Severity>>(new Set<Severity>(['error', 'warning', 'info']));
  const [limit, setLimit] = useState(PAGE);
  const counts = useMemo(() => countBySeverity(findings), [findings]);
  const visible = useMemo(() => findings.filter((f) => shown.has(f.severity)), [findings, shown]);

  const toggle = (severity: Severity): void => {
    const next = new Set(shown);
    if (next.has(severity)) next.delete(severity);
    else next.add(severity);
    setShown(next);
    setLimit(PAGE);
  };

  // Items no column feeds score 0 for everyone: shown above the list, as prominently as errors.
  const unbound = useMemo(() => findings.filter((f) => f.code === 'method.item_unbound'), [findings]);

  if (findings.length === 0) return <Body1 data-testid="findings-count">{s.findingsNone}</Body1>;
  return (
    <>
      {unbound.length > 0 && (
        <MessageBar intent="warning" layout="multiline" data-testid="findings-unbound">
          <MessageBarBody>
            <MessageBarTitle>{s.unboundTitle(unbound.length)}</MessageBarTitle>
            {unbound.map((f) => (
              <div key={f.message}>{findingText(f, locale)}</div>
            ))}
          </MessageBarBody>
        </MessageBar>
      )}
      <Body1 data-testid="findings-count">{s.findingsCounts(counts.error, counts.warning, counts.info)}</Body1>
      {counts.error > 0 && <Caption1>{s.pendingHint}</Caption1>}
      <SeverityFilter counts={counts} shown={shown} onToggle={toggle} />
      <Caption1>{s.findingsClickHint}</Caption1>
      {visible.length === 0 ? (
        <Caption1>{s.findingsHidden}</Caption1>
      ) : (
        <ul className={styles.list} aria-label={s.findingsStepTitle}>
          {visible.slice(0, limit).map((f, i) => (
            <FindingRow key={`${f.code}:${f.sheet}:${f.cell ?? ''}:${f.row ?? ''}:${i}`} finding={f} locale={locale} onSelect={onSelect} />
          ))}
        </ul>
      )}
      {visible.length > limit && (
        <div>
          <Button size="small" appearance="subtle" onClick={() => setLimit(limit + PAGE)}>
            {s.findingsMore(limit, visible.length)}
          </Button>
        </div>
      )}
    </>
  );
}
