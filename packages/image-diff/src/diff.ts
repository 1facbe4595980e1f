// The comparison the command runs: the catalog at a git revision against the working tree.
import { compareCatalogs, type CatalogDiff } from './compare.js';
import { extractRevision, resolveRevision, type Extracted, type Revision } from './git.js';
import { readCatalogState } from './state.js';

export interface WorkingTreeDiff {
  base: Revision;
  diff: CatalogDiff;
  /** Files of the revision that were not read (symlinks, submodules, oversized blobs). */
  skipped: Extracted['skipped'];
}

/** Compares the catalog at `base` (a git revision) with the working tree at `root`. */
export async function diffWorkingTree(root: string, base: string): Promise<WorkingTreeDiff> {
  const revision = await resolveRevision(root, base);
  const extracted = await extractRevision(root, revision);
  try {
    const diff = compareCatalogs(readCatalogState(extracted.root), readCatalogState(root));
    return { base: revision, diff, skipped: extracted.skipped };
  } finally {
    extracted.remove();
  }
}
