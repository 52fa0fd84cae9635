/**
 * Each member's scores over the term (issue 13) as a small line chart: one member at a time, chosen
 * from a list, with the years also written out (the chart is a picture; the text is what it says).
 */
import { useState, type ReactElement } from 'react';
import { Caption1, Field, Select, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { LineChart, type LineChartPoints } from '@fluentui/react-charts';
import type { MemberTrend } from '../flow/run-view';
import { useStrings } from '../strings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, margin: 0 },
  years: { display: 'flex', flexWrap: 'wrap', gap: `0 ${tokens.spacingHorizontalM}`, listStyle: 'none', margin: 0, padding: 0 },
});

export interface TermTrendsProps {
  readonly trends: readonly MemberTrend[];
  readonly width?: number;
}

export function TermTrends({ trends, width = 280 }: TermTrendsProps): ReactElement | null {
  const s = useStrings();
  const styles = useStyles();
  const [chosen, setChosen] = useState(0);
  if (trends.length === 0) return null;
  const t = trends[Math.min(chosen, trends.length - 1)];
  const scored = t.points.filter((p): p is { year: number; score: number; grade: string | null } => p.score !== null);
  const data: LineChartPoints[] = [{ legend: s.trendMember(t.name, t.unit), data: scored.map((p) => ({ x: p.year, y: p.score })), color: tokens.colorBrandForeground1 }];
  return (
    <figure className={styles.root} data-testid="term-trends">
      <Subtitle2>{s.trendTitle}</Subtitle2>
      <Field label={s.trendPick}>
        <Select value={String(chosen)} onChange={(_e, d) => setChosen(Number(d.value))} data-testid="term-trend-member">
          {trends.map((m, i) => (
            <option key={`${m.name}|${m.unit ?? ''}|${i}`} value={String(i)}>
              {s.trendMember(m.name, m.unit)}
            </option>
          ))}
        </Select>
      </Field>
      <LineChart data={{ chartTitle: s.trendTitle, lineChartData: data }} width={width} height={160} hideLegend yAxisTitle={s.chartAxisScore} />
      <ul className={styles.years} data-testid="term-trend-years">
        {t.points.map((p) => (
          <li key={p.year}>
            <Caption1>{s.trendPoint(p.year, p.score, p.grade)}</Caption1>
          </li>
        ))}
      </ul>
      {t.flags.length > 0 && <Caption1 data-testid="term-trend-flags">{s.trendFlags(t.flags.join('、'))}</Caption1>}
    </figure>
  );
}
