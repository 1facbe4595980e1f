// The .changeset folder is pull-request input: the changesets CLI reads every .changeset/*.md
// with plain fs, following symlinks and reading any size. Before it runs (and in
// `armorred validate`, so a pull request's CI catches it first) every entry must be a
// regular file with one link and a bounded size. Refusals are located and never show content.
import { entryAt, listFolder } from '@armorred/repository';
import type { SpecIssue } from '@armorred/spec';
import { SpecError } from '@armorred/spec';

export const CHANGESET_DIR = '.changeset';
/** A changeset is a few lines of front matter and a summary; config.json and README.md are small too. */
export const MAX_CHANGESET_BYTES = 64 * 1024;

/** The problems of the .changeset folder (none when it is absent). */
export function changesetFolderIssues(root: string): SpecIssue[] {
  return listFolder(root, CHANGESET_DIR).flatMap((name) => {
    const file = `${CHANGESET_DIR}/${name}`;
    const entry = entryAt(root, file);
    const problem =
      entry.kind === 'symlink'
        ? 'is a symlink; changesets would follow it: replace it with the file itself'
        : entry.kind !== 'file'
          ? 'is not a regular file; .changeset holds only files'
          : entry.links > 1
            ? `has ${entry.links} hard links; a hard link can expose a file from elsewhere: replace it with a copy`
            : entry.size > MAX_CHANGESET_BYTES
              ? `is ${entry.size} bytes, over the ${MAX_CHANGESET_BYTES} bytes limit for a changeset; it is not read`
              : undefined;
    return problem ? [{ file, line: 1, column: 1, key: '', message: problem }] : [];
  });
}

/** Refuses a .changeset folder the changesets CLI should not read (see changesetFolderIssues). */
export function checkChangesetFolder(root: string): void {
  const issues = changesetFolderIssues(root);
  if (issues.length > 0) throw new SpecError(issues);
}
