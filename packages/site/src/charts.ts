// Bar charts as inline SVG, drawn when the site is built: no script and no charting
// service. Each chart is an image with a title and a description naming every value, so
// a screen reader gets the figures the bars show; the same figures are in a table beside.
import { element, escapeHtml, text } from './html.js';

export interface Bar {
  label: string;
  /** Undefined when there is no figure (the bar is replaced by `display`, e.g. "not scanned"). */
  value?: number;
  /** The value as shown, e.g. "58.4 MB". */
  display: string;
  /** Upstream bars are drawn in their own colour. */
  upstream?: boolean;
}

export interface BarChart {
  /** Unique on the page; used for the title and description ids. */
  id: string;
  title: string;
  bars: readonly Bar[];
}

const WIDTH = 640;
const LABEL_WIDTH = 190;
const VALUE_ROOM = 110;
const ROW = 30;
const BAR = 18;
const TOP = 8;

/** A horizontal bar chart; bars are scaled to the largest value. */
export function barChart(chart: BarChart): string {
  const max = Math.max(0, ...chart.bars.map((bar) => bar.value ?? 0));
  const scale = max > 0 ? (WIDTH - LABEL_WIDTH - VALUE_ROOM) / max : 0;
  const height = TOP * 2 + chart.bars.length * ROW;
  const description = chart.bars.map((bar) => `${bar.label}: ${bar.display}`).join('; ');
  const rows = chart.bars.map((bar, index) => {
    const y = TOP + index * ROW;
    const width = bar.value === undefined ? 0 : Math.max(bar.value > 0 ? 2 : 0, Math.round(bar.value * scale * 10) / 10);
    return element(
      'g',
      { class: bar.upstream ? 'chart-row chart-upstream' : 'chart-row' },
      text('text', { class: 'chart-label', x: LABEL_WIDTH - 8, y: y + BAR - 4, 'text-anchor': 'end' }, bar.label),
      bar.value === undefined ? '' : element('rect', { class: 'chart-bar', x: LABEL_WIDTH, y, width, height: BAR, rx: 2 }),
      text('text', { class: 'chart-value', x: LABEL_WIDTH + width + 6, y: y + BAR - 4 }, bar.display),
    );
  });
  return element(
    'svg',
    {
      class: 'chart',
      viewBox: `0 0 ${WIDTH} ${height}`,
      width: WIDTH,
      height,
      role: 'img',
      'aria-labelledby': `${chart.id}-title ${chart.id}-desc`,
      'data-chart': chart.id,
    },
    text('title', { id: `${chart.id}-title` }, chart.title),
    element('desc', { id: `${chart.id}-desc` }, escapeHtml(description)),
    ...rows,
  );
}
