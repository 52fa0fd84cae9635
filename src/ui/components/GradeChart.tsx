/** The grade distribution of the last full run, as a vertical bar chart with the counts also in text. */
import type { ReactElement } from 'react';
import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { VerticalBarChart, type VerticalBarChartDataPoint } from '@fluentui/react-charts';
import { useStrings } from '../strings';

// Highest grade green, lowest red, the middle ones in between (the grades are listed highest first).
const PALETTE = ['#107C10', '#0078D4', '#8764B8', '#CA5010'];
const LOWEST = '#D13438';

export function gradeColors(count: number): string[] {
  return Array.from({ length: count }, (_, i) => (i === count - 1 && count > 1 ? LOWEST : PALETTE[i % PALETTE.length]));
}

const useStyles = makeStyles({
  counts: { display: 'flex', flexWrap: 'wrap', gap: `0 ${tokens.spacingHorizontalM}`, listStyle: 'none', margin: 0, padding: 0 },
});

export interface GradeChartProps {
  /** Grade name → members, in the method's order (highest first). */
  readonly grades: readonly { readonly name: string; readonly count: number }[];
  readonly width?: number;
}

export function GradeChart({ grades, width = 300 }: GradeChartProps): ReactElement {
  const s = useStrings();
  const styles = useStyles();
  const colors = gradeColors(grades.length);
  const data: VerticalBarChartDataPoint[] = grades.map((g, i) => ({ x: g.name, y: g.count, legend: g.name, color: colors[i], barLabel: String(g.count) }));
  return (
    <figure data-testid="grade-chart" style={{ margin: 0 }}>
      <VerticalBarChart data={data} chartTitle={s.gradeChartTitle} yAxisTitle={s.chartAxisCount} width={width} height={200} hideLegend barWidth="auto" maxBarWidth={36} />
      <ul className={styles.counts}>
        {grades.map((g) => (
          <li key={g.name}>
            <Caption1>{s.gradeCount(g.name, g.count)}</Caption1>
          </li>
        ))}
      </ul>
    </figure>
  );
}
