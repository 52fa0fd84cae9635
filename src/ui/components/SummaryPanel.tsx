/** Step 6: the summary of the full run: counts, the grade chart, the shortlist and the generated sheets. */
import type { ReactElement } from 'react';
import { Body1, Caption1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import type { RunView } from '../flow/run-view';
import { useStrings } from '../strings';
import { GradeChart } from './GradeChart';
import { TermTrends } from './TermTrends';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  stats: { display: 'grid', gridTemplateColumns: 'repeat(3, 1fr)', gap: tokens.spacingVerticalS, margin: 0 },
  stat: { display: 'flex', flexDirection: 'column', margin: 0 },
  value: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  sheets: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export interface SummaryPanelProps {
  readonly view: RunView;
}

export function SummaryPanel({ view }: SummaryPanelProps): ReactElement {
  const s = useStrings();
  const styles = useStyles();
  const summary = view.summary;
  const stats: readonly [string, number, string][] = [
    [s.summaryMembers, summary.members, 'members'],
    [s.summaryGraded, summary.graded, 'graded'],
    [s.summaryPending, summary.pending, 'pending'],
    [s.summaryVetoed, summary.vetoed, 'vetoed'],
    [s.summaryErrors, summary.errors, 'errors'],
    [s.summaryWarnings, summary.warnings, 'warnings'],
  ];
  const grades = view.grades.map((name) => ({ name, count: summary.grades[name] ?? 0 }));
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
      <Caption1>{s.summaryMethod(view.methodTitle)}</Caption1>
      <Caption1 data-testid="summary-year">{s.summaryYear(view.year.year, s.yearFrom(view.year.origin, view.year.source))}</Caption1>
      <GradeChart grades={grades} />
      <TermTrends trends={view.trends} />
      <Body1 data-testid="summary-shortlist">{view.shortlist !== null ? s.summaryShortlist(view.shortlist.label, view.shortlist.count) : s.summaryNoShortlist}</Body1>
      <Subtitle2>{s.summarySheets}</Subtitle2>
      <ul className={styles.sheets} data-testid="summary-sheets">
        {view.sheets.map((name) => (
          <li key={name}>{name}</li>
        ))}
      </ul>
      {view.notes.map((note) => (
        <Caption1 key={note}>{note}</Caption1>
      ))}
    </div>
  );
}
