// Questions a suite asks of an image's files.
import type { LayerEntry } from '@armorred/analysis';

/** Executable names that mean a shell, or coreutils, is in the image. */
export const SHELLS = ['sh', 'bash', 'dash', 'ash', 'zsh', 'ksh', 'mksh', 'busybox'];
export const COREUTILS = ['ls', 'cat', 'cp', 'mv', 'rm', 'chmod', 'mkdir', 'env', 'id', 'echo'];
export const PACKAGE_MANAGERS = ['apt', 'apt-get', 'dpkg', 'apk', 'rpm', 'yum', 'dnf', 'microdnf', 'zypper', 'pacman', 'pip', 'pip3', 'nix', 'nix-env', 'opkg'];

/** Present at `path` (a leading "/" is ignored), also through /usr/bin and a /nix/store package's bin. */
export function present(files: Map<string, LayerEntry>, path: string): boolean {
  const relative = path.replace(/^\/+/, '');
  return files.has(relative) || files.has(`usr/${relative}`);
}

/** Executables anywhere in the image named like `names` (bin, sbin, usr/bin, store packages' bin). */
export function executablesNamed(files: Map<string, LayerEntry>, names: readonly string[]): string[] {
  const found: string[] = [];
  for (const [path, entry] of files) {
    const match = /(?:^|\/)s?bin\/([^/]+)$/.exec(path);
    if (match && names.includes(match[1]!) && (entry.type === 'file' || entry.type === 'symlink')) found.push(path);
  }
  return found.sort();
}

/** Files with the setuid or setgid bit. */
export function setuidFiles(files: Map<string, LayerEntry>): string[] {
  return [...files.values()].filter((entry) => entry.type === 'file' && (entry.mode & 0o6000) !== 0).map((entry) => entry.path).sort();
}
