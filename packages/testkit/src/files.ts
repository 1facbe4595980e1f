// Questions a suite asks of an image's files; the names come from @armorred/image-facts.
import type { LayerEntry } from '@armorred/image-archive';
import { COREUTILS_EXECUTABLES, PACKAGE_MANAGER_EXECUTABLES, SHELL_EXECUTABLES, executablesNamed as namedIn, interpretersIn } from '@armorred/image-facts';
export const SHELLS = SHELL_EXECUTABLES;
export const COREUTILS = COREUTILS_EXECUTABLES;
export const PACKAGE_MANAGERS = PACKAGE_MANAGER_EXECUTABLES;

/** Present at `path` (a leading "/" is ignored), also through /usr/bin and a /nix/store package's bin. */
export function present(files: Map<string, LayerEntry>, path: string): boolean {
  const relative = path.replace(/^\/+/, '');
  return files.has(relative) || files.has(`usr/${relative}`);
}

/** Executables anywhere in the image (bin, sbin, usr/bin, store packages' bin) named like `names`. */
export function executablesNamed(files: Map<string, LayerEntry>, names: readonly string[]): string[] {
  return namedIn(files.values(), names);
}

/** General-purpose interpreters anywhere in the image (python3, perl5.38.2, node...), under any versioned name. */
export function interpreters(files: Map<string, LayerEntry>): string[] {
  return interpretersIn(files.values());
}

/** Files with the setuid or setgid bit. */
export function setuidFiles(files: Map<string, LayerEntry>): string[] {
  return [...files.values()]
    .filter((entry) => entry.type === 'file' && (entry.mode & 0o6000) !== 0)
    .map((entry) => entry.path)
    .sort();
}
