/**
 * Bundled for the browser (esbuild, IIFE) by the WPS e2e test and injected before the add-in's own
 * scripts: the global Application a WPS add-in page sees — the strict WPS fake's object model for a
 * small member table, plus the add-in root's task-pane calls, recorded on window.__wps.
 */
import { WpsFake } from '../fakes/wps-fake';

interface Recorded {
  taskPanes: string[];
  visible: boolean[];
  storage: Record<string, string>;
  calls: () => number;
}

const fake = WpsFake.fromSheets('委员履职统计表.xlsx', [
  {
    name: '委员履职统计表',
    values: [
      ['2025年度政协委员履职情况统计表'],
      ['姓名', '工作单位', '界别', '出席全体会议', '领衔提案', '报送社情民意', '视察调研'],
      ['张三', '区教育局', '教育界', 1, 2, 1, 3],
      ['李四', '区卫健委', '医卫界', 1, '若干', 0, 1],
      ['王五', '区财政局', '经济界', 0, 1, 2, 2],
    ],
    merges: [{ top: 1, left: 1, bottom: 1, right: 7 }],
    formatted: ['A1:G400'],
  },
]);

const recorded: Recorded = { taskPanes: [], visible: [], storage: {}, calls: () => fake.calls };
const panes: { ID: number; Visible: boolean }[] = [];
const root: Record<string, unknown> = {
  CreateTaskPane(url: string) {
    recorded.taskPanes.push(url);
    const pane = {
      ID: panes.length + 1,
      get Visible(): boolean {
        return recorded.visible[this.ID - 1] ?? false;
      },
      set Visible(v: boolean) {
        recorded.visible[this.ID - 1] = v;
      },
    };
    panes.push(pane);
    return pane;
  },
  GetTaskPane(id: number) {
    return panes[id - 1] ?? null;
  },
  PluginStorage: {
    getItem: (key: string): string => recorded.storage[key] ?? '',
    setItem: (key: string, value: unknown): void => void (recorded.storage[key] = String(value)),
  },
};

const app = new Proxy(root, {
  get: (target, prop) => (typeof prop === 'string' && prop in target ? target[prop] : Reflect.get(fake.app, prop)),
  set: (_target, prop, value) => Reflect.set(fake.app, prop, value),
});

Object.assign(globalThis, { Application: app, __wps: recorded });
