// The image page, rendered from the catalog's real data (each image), and from data a
// hostile pull request could write.
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { readCatalog } from '@armorred/catalog';
import { podmanRunCommand } from '@armorred/image-facts';
import { tierRun } from '@armorred/spec';
import { renderImagePage, tagReference } from './image-page.js';
import { siteBase, type SiteCatalog, type SiteImage } from './model.js';
import { readSiteImage } from './read.js';
import { runCommands } from './run.js';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const catalog = readCatalog(ROOT);
const site = (images: SiteImage[], releasesGiven = false): SiteCatalog => ({
  catalog: catalog.spec,
  base: siteBase(catalog.spec.documentation),
  images,
  releasesGiven,
});

/** Where markdown-it (VitePress's parser) puts each line: inside a fence, an HTML block, or markdown. */
function blocks(markdown: string) {
  return new MarkdownIt({ html: true }).parse(markdown.replace(/^---\n[\s\S]*?\n---\n/, ''), {}).filter((token) => token.block && token.content);
}

describe.each(catalog.spec.images)('the page of %s', (folder) => {
  const { image, files } = readSiteImage(ROOT, catalog, folder, []);
  const page = renderImagePage(image, site([image]));

  it('is titled by name and line, with the tiers, pull, run, analysis, findings, labels, SBOM, verify and changelog sections', () => {
    expect(page).toMatch(new RegExp(`^# ${image.name} ${image.line.replace(/\./g, '\\.')}$`, 'm'));
    for (const id of ['tiers', 'pull', 'run', 'analysis', 'accepted-findings', 'labels', 'sbom', 'verify', 'changelog']) expect(page).toContain(`{#${id}}`);
  });

  it("runs each tier the hardened way: podmanRunCommand of the tier's run (tierRun, what its suite runs)", () => {
    for (const tier of image.tiers) {
      const command = podmanRunCommand(tierRun(tier.resolved), tagReference(tier));
      expect(runCommands(tier.resolved, tagReference(tier)).podman).toBe(command);
      expect(page).toContain(`\`\`\`sh [podman]\n${command}\n\`\`\``);
    }
  });

  it('says "not yet published" without release data, and links every download it serves', () => {
    expect(page.match(/data-pull-digest="[a-z]+">not yet published</g)).toHaveLength(image.tiers.length);
    for (const path of files.keys()) expect(page).toContain(`href="/images/${path}"`);
  });

  it('keeps every value in escaped HTML marked v-pre, or in fenced code', () => {
    for (const token of blocks(page)) {
      if (token.type === 'html_block' && !token.content.startsWith('<!--') && !/^<\/?div( data-run-tier="[a-z]+")?>/.test(token.content))
        expect(token.content).toMatch(/^<[a-z]+[^>]* v-pre>/);
    }
  });
});

describe('a page of hostile data', () => {
  const [folder] = catalog.spec.images;
  const { image } = readSiteImage(ROOT, catalog, folder!, []);
  const attack = '{{ constructor.constructor("alert(1)")() }} <script>alert(2)</script> <img src=x onerror=alert(3)>';
  const tiers = image.tiers.map((tier) => ({
    ...tier,
    labels: { ...tier.labels, 'org.opencontainers.image.description': attack },
    resolved: {
      ...tier.resolved,
      acceptedFindings: [
        { id: 'CVE-2024-1', package: 'libx', status: 'affected' as const, justification: `${attack}\n\n# not a heading\n\n${attack}`, actionStatement: attack },
      ],
    },
  }));
  const hostile: SiteImage = {
    ...image,
    description: attack,
    licenses: attack,
    tiers,
    changelog: `# pkg\n\n## 1.0.0\n\n- ${attack}\n\n<div onclick="x">raw</div>\n`,
  };
  const page = renderImagePage(hostile, site([hostile]));

  it('shows the text and never the markup (the frontmatter holds it as YAML data; the config escapes the description)', () => {
    const body = page.replace(/^---\n[\s\S]*?\n---\n/, '');
    expect(body).not.toMatch(/<script|<img|<div onclick/);
    expect(page).toContain('&lt;script&gt;alert(2)&lt;/script&gt;');
    expect(page).toContain('&lt;div onclick=&quot;x&quot;&gt;raw&lt;/div&gt;');
  });

  it('keeps every "{{" inside an element Vue does not compile', () => {
    for (const token of blocks(page)) {
      if (!token.content.includes('{{')) continue;
      expect(token.type === 'fence' || (token.type === 'html_block' && / v-pre>/.test(token.content.split('>')[0]! + '>'))).toBe(true);
    }
  });

  it('keeps a justification with blank lines inside its block (no markdown escapes from it)', () => {
    expect(page).not.toMatch(/^# not a heading/m);
  });
});
