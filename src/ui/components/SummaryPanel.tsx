/** Step 6: the summary of the full run: counts, the grade chart, the shortlist and the generated sheets. */
import type { ReactElement } from 'react';
import { Body1, Caption1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import type { PipelineSuccess } from '../../core/pipeline';
import { useStrings } from '../strings';
import { GradeChart } from './GradeChart';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  stats: { display: 'grid', gridTemplateColumns: 'repeat(3, 1fr)', gap: tokens.spacingVerticalS, margin: 0 },
  stat: { display: 'flex', flexDirection: 'column', margin: 0 },
  value: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  sheets: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export interface SummaryPanelProps {
  readonly outcome: PipelineSuccess;
}

export function SummaryPanel({ outcome }: SummaryPanelProps): ReactElement {
  const s = useStrings();
  const styles = useStyles();
  const summary = outcome.report.summary;
  const stats: readonly [string, number, string][] = [
    [s.summaryMembers, summary.members, 'members'],
    [s.summaryGraded, summary.graded, 'graded'],
    [s.summaryPending, summary.pending, 'pending'],
    [s.summaryVetoed, summary.vetoed, 'vetoed'],
    [s.summaryErrors, summary.errors, 'errors'],
    [s.summaryWarnings, summary.warnings, 'warnings'],
  ];
  const grades = outcome.method.grades.map((g) => ({ name: g.name, count: summary.grades[g.name] ?? 0 }));
  const shortlistLabel = outcome.method.shortlist?.label ?? null;
  return (
    <div className={styles.root} data-testid="summary">
      <dl className={styles.stats}>
        {stats.map(([label, value, key]) => (
          <div className={styles.stat} key={key}>
            <dt>
              <Caption1>{label}</Caption1>
            </dt>
            <dd className={styles.value} data-testid={`summary-${key}`}>
              {value}
            </dd>
          </div>
        ))}
      </dl>
      <Caption1>{s.summaryMethod(outcome.method.title)}</Caption1>
      <GradeChart grades={grades} />
      <Body1 data-testid="summary-shortlist">{shortlistLabel !== null && outcome.shortlist !== null ? s.summaryShortlist(shortlistLabel, outcome.shortlist.entries.length) : s.summaryNoShortlist}</Body1>
      <Subtitle2>{s.summarySheets}</Subtitle2>
      <ul className={styles.sheets} data-testid="summary-sheets">
        {outcome.plan.sheets.map((sheet) => (
          <li key={sheet.name}>{sheet.name}</li>
        ))}
      </ul>
      {outcome.notes.map((note) => (
        <Caption1 key={note}>{note}</Caption1>
      ))}
    </div>
  );
}
