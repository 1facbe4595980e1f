// Figures as the site shows them. Sizes and percentages use the analysis page's rules
// (formatSize, percentFewer), so a figure reads the same in ANALYSIS.md and on the site.
import { formatSize, percentFewer, vulnerabilityTotal, type Figures } from '@armorred/analysis';
import type { Upstream } from '@armorred/spec';

export { formatSize, percentFewer };

/** Upstream's figures in the units of a tier's (bytes, components, total findings). */
export function upstreamFigures(upstream: Upstream | undefined): Figures {
  const figures = upstream?.figures;
  if (!figures) return {};
  return { components: figures.components, size: figures.sizeMB * 1e6, layers: figures.layers, vulnerabilities: { ...figures.vulnerabilities } };
}

/** Fraction fewer than upstream (0.702 = 70.2% smaller); undefined when either side is unknown. */
export function reduction(upstream: number | undefined, ours: number | undefined): number | undefined {
  return upstream !== undefined && ours !== undefined && upstream > 0 ? (upstream - ours) / upstream : undefined;
}

/** A reduction as the analysis page writes it ("70.2%"). */
export function formatReduction(upstream: number | undefined, ours: number | undefined): string {
  return upstream !== undefined && ours !== undefined ? percentFewer(upstream, ours) : '—';
}

/** The median of some numbers; undefined for none. */
export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** A fraction as a percentage with one decimal, e.g. 0.7024 -> "70.2%". */
export function formatPercent(fraction: number): string {
  return `${(fraction * 100).toFixed(1)}%`;
}

/** Total findings of a scanned tier, or undefined when it was not scanned. */
export function findings(figures: Figures): number | undefined {
  return figures.vulnerabilities ? vulnerabilityTotal(figures.vulnerabilities) : undefined;
}
