import { describe, expect, it } from 'vitest';
import { barChart } from './charts.js';

describe('barChart', () => {
  const svg = barChart({
    id: 'size',
    title: 'nginx 1.26: image size',
    bars: [
      { label: 'Upstream', value: 200, display: '200 MB', upstream: true },
      { label: 'Hardened', value: 50, display: '50 MB' },
      { label: 'Locked <b>', display: 'not scanned' },
    ],
  });

  it('is an image named by its title and described by every value', () => {
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="size-title size-desc"/);
    expect(svg).toContain('<title id="size-title">nginx 1.26: image size</title>');
    expect(svg).toContain('<desc id="size-desc">Upstream: 200 MB; Hardened: 50 MB; Locked &lt;b&gt;: not scanned</desc>');
  });

  it('scales bars to the largest value and draws none for a missing one', () => {
    const widths = [...svg.matchAll(/<rect [^>]*width="([\d.]+)"/g)].map((match) => Number(match[1]));
    expect(widths).toEqual([340, 85]);
    expect(svg.match(/<rect /g)).toHaveLength(2);
    expect(svg).toContain('>not scanned</text>');
    expect(svg).toContain('class="chart-row chart-upstream"');
  });
});
