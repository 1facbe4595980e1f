// What a contributor runs next, printed on stderr after each step of contributing an image:
// validate -> generate -> build -> test -> analyze -> commit and open a pull request.
import type { PackageSetName } from '@armorred/builder';
import { IMAGES_DIR } from '@armorred/repository';
import { printable } from './report.js';

type Step = 'validate' | 'generate' | 'build' | 'test' | 'analyze';

export interface StepOutcome {
  step: Step;
  /** The images the step was run on; empty means every image. */
  images: readonly string[];
  ok: boolean;
  /** The package set the step built with (or the next one will build with); offline is repeated in the next command. */
  pkgs?: PackageSetName;
}

/** The "next: ..." line for a finished step. */
export function nextStep({ step, images: given, ok, pkgs }: StepOutcome): string {
  // Image names come from the command line: shown the way every name armorred prints is.
  const images = given.map(printable);
  const named = images.join(' ');
  const pkgsFlag = pkgs === 'offline' ? ' --pkgs offline' : '';
  const each = (command: string) =>
    images.length === 1 ? `npx armorred ${command} ${named}${pkgsFlag}` : `npx armorred ${command} IMAGE${pkgsFlag} for each image (${named || 'every image'})`;
  if (!ok) {
    const again = step === 'validate' || step === 'generate' ? `npx armorred ${step}${named ? ` ${named}` : ''}` : each(step);
    return `next: fix what is reported above, then run ${again} again`;
  }
  switch (step) {
    case 'validate':
      return `next: npx armorred generate${named ? ` ${named}` : ''}`;
    case 'generate':
      return `next: npx armorred build ${images.length === 0 ? '--all' : named}${pkgsFlag}${pkgs === 'offline' ? '' : ' (add --pkgs offline where nixpkgs cannot be reached)'}`;
    case 'build':
      return `next: ${each('test')}`;
    case 'test':
      return `next: ${each('analyze')}`;
    case 'analyze':
      return `next: add a changeset (npx changeset), commit it with ${images.map((image) => `${IMAGES_DIR}/${image}/`).join(' ') || `${IMAGES_DIR}/`} (the spec, the analysis data and the generated files) and open a pull request`;
  }
}
