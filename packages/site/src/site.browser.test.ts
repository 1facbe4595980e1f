// The documentation site, built for real and checked in a real browser: VitePress builds
// the site once (with a release record for one tier), a small HTTP server serves the build
// under its base path, and Debian's Chromium (driven by playwright-core) loads it. Every
// expected value is computed here from the repository's own data, never read back from
// what the site generated.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { execa } from 'execa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { parse as parseYaml } from 'yaml';
import { formatSize, parseTierReport, type TierReport } from '@armorred/analysis';
import { readCatalog, readImage } from '@armorred/catalog';
import { kubernetesPod, podmanRunCommand } from '@armorred/image-facts';
import { ARTIFACTS_DIR, imagePaths, readIfPresent, readRepositoryFile } from '@armorred/repository';
import { TIER_NAMES, resolveTier } from '@armorred/spec';
import { skipNote, skipUnless, tierRunOf } from '@armorred/testkit';

const ROOT = join(import.meta.dirname, '..', '..', '..');
/** Chromium's error for requests it cancelled because the host's network changed. */
const NETWORK_CHANGED = 'net::ERR_NETWORK_CHANGED';
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const SCREENSHOTS = join(ROOT, ARTIFACTS_DIR, 'site');
const skip = skipUnless(existsSync(CHROMIUM) ? undefined : `Chromium is not installed at ${CHROMIUM} (apt-get install chromium)`);

// What the catalog holds, read the way every tool reads it.
const catalog = readCatalog(ROOT);
const base = `${new URL(catalog.spec.documentation!).pathname.replace(/\/+$/, '')}/`;
const images = catalog.spec.images.map((folder) => {
  const { spec } = readImage(ROOT, catalog, folder);
  const tiers = TIER_NAMES.map((tier) => {
    const resolved = resolveTier(spec, tier, catalog.spec.defaults);
    const file = imagePaths(folder).analysisData(tier);
    const data = readIfPresent(ROOT, file, { maxBytes: 64 * 1024 * 1024 });
    return {
      tier,
      resolved,
      repository: `${catalog.spec.registry}/${resolved.name}`,
      tag: `${resolved.line}-${tier}`,
      report: data === undefined ? undefined : parseTierReport(file, data.toString('utf8')),
    };
  });
  return { folder, title: `${spec.name} ${spec.line}`, name: spec.name, tiers };
});

// One published tier (the first image's hardened tier), so the build shows both a release and "not yet published".
const first = images[0]!;
const published = {
  image: first.folder,
  tier: 'hardened' as const,
  repository: first.tiers[0]!.repository,
  digest: `sha256:${createHash('sha256').update('armorred site test release').digest('hex')}`,
  version: `${first.tiers[0]!.resolved.version}-r1`,
};

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.xml': 'application/xml',
};

/** Serves `dist` under `base` the way a static host does: a folder's index.html, 404.html for what is missing. */
function serve(dist: string): Promise<Server> {
  const server = createServer((request, response) => {
    void (async () => {
      const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
      let file = path.startsWith(base) ? normalize(join(dist, path.slice(base.length))) : '';
      try {
        if (!file.startsWith(dist)) throw new Error('outside');
        if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
        const body = await readFile(file);
        response.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' });
        response.end(body);
      } catch {
        response.writeHead(404, { 'content-type': CONTENT_TYPES['.html']! });
        response.end(await readFile(join(dist, '404.html')).catch(() => 'not found'));
      }
    })();
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

describe.skipIf(skip)(`the documentation site in Chromium${skipNote(skip)}`, () => {
  let work: string;
  let dist: string;
  let server: Server;
  let browser: Browser;
  let origin: string;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'armorred-site-'));
    const releases = join(work, 'releases.json');
    // What `armorred releases IMAGE --registry R --json` prints (docs/publishing.md).
    writeFileSync(
      releases,
      JSON.stringify({
        repository: published.repository,
        line: first.tiers[0]!.resolved.line,
        releases: [
          {
            version: published.version,
            upstream: first.tiers[0]!.resolved.version,
            revision: 1,
            tier: published.tier,
            digest: published.digest,
            reference: `${published.repository}@${published.digest}`,
            tags: [`${published.version}-${published.tier}`, first.tiers[0]!.tag],
            signed: true,
            attested: ['cyclonedx', 'spdxjson', 'openvex'],
            packageSet: 'nixpkgs',
          },
        ],
        otherTags: [],
      }),
    );
    dist = join(work, 'dist');
    await execa(process.execPath, [join(ROOT, 'node_modules', 'vitepress', 'bin', 'vitepress.js'), 'build', 'docs', '--outDir', dist], {
      cwd: ROOT,
      env: { ARMORRED_RELEASES: releases },
    });
    server = await serve(dist);
    const address = server.address();
    origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
    if (work) rmSync(work, { recursive: true, force: true });
  });

  /** A page that records console errors, uncaught exceptions and failed requests. */
  async function openOnce(path: string): Promise<{ page: Page; problems: string[]; status: number; networkChanged: boolean }> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const problems: string[] = [];
    let networkChanged = false;
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      if (message.text().includes(NETWORK_CHANGED)) networkChanged = true;
      problems.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`exception: ${error.message}`));
    page.on('requestfailed', (request) => {
      if (request.failure()?.errorText.includes(NETWORK_CHANGED)) networkChanged = true;
      problems.push(`request failed: ${request.url()}`);
    });
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`${response.status()}: ${response.url()}`);
    });
    const response = await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
    return { page, problems, status: response?.status() ?? 0, networkChanged };
  }

  /**
   * openOnce, loaded again (at most twice more) when Chromium aborted requests because the
   * host's network changed: the image suites running beside these tests add and remove
   * container network interfaces, and Chromium cancels what is in flight on such a change,
   * even on loopback. Any other problem is reported as it is.
   */
  async function open(path: string): Promise<{ page: Page; problems: string[]; status: number }> {
    for (let attempt = 1; ; attempt++) {
      const { networkChanged, ...opened } = await openOnce(path);
      if (!networkChanged || attempt === 3) return opened;
      await opened.page.close();
    }
  }

  const imagePage = (folder: string) => `${base}${folder}/`;

  it('loads every page reachable from the home page without console errors, broken links or missing assets', async () => {
    const pending = [base];
    const visited = new Set<string>();
    const files = new Set<string>();
    const broken: string[] = [];
    while (pending.length > 0) {
      const path = pending.shift()!;
      if (visited.has(path)) continue;
      visited.add(path);
      const { page, problems, status } = await open(path);
      if (status !== 200) broken.push(`${path}: HTTP ${status}`);
      broken.push(...problems.map((problem) => `${path}: ${problem}`));
      // One description, the escaped one the config puts in the head (VitePress's own is not escaped).
      if ((await page.locator('meta[name="description"]').count()) !== 1) broken.push(`${path}: not exactly one meta description`);
      const links = await page.$$eval('a[href]', (anchors) => anchors.map((anchor) => (anchor as unknown as { href: string }).href));
      await page.close();
      for (const link of links) {
        const url = new URL(link);
        if (url.origin !== origin) continue;
        if (!url.pathname.startsWith(base)) {
          broken.push(`${path}: link outside the base path: ${url.pathname}`);
          continue;
        }
        if (url.pathname.endsWith('/') || url.pathname.endsWith('.html')) pending.push(url.pathname);
        else files.add(url.pathname);
      }
    }
    for (const file of files) {
      const response = await fetch(`${origin}${file}`);
      if (response.status !== 200) broken.push(`${file}: HTTP ${response.status}`);
    }
    expect(broken).toEqual([]);
    for (const image of images) expect(visited, `${image.folder}'s page is linked`).toContain(imagePage(image.folder));
    for (const page of [
      'catalog.html',
      'comparison.html',
      'reference.html',
      'spec.html',
      'testing.html',
      'analysis.html',
      'reports.html',
      'publishing.html',
      'site.html',
    ])
      expect(visited).toContain(`${base}${page}`);
  });

  it("opens each image's page at every tier's documentation label", async () => {
    for (const image of images) {
      for (const tier of TIER_NAMES) {
        const file = imagePaths(image.folder).labels(tier);
        const labels = JSON.parse(readRepositoryFile(ROOT, file, { maxBytes: 1024 * 1024 }).toString('utf8')).labels as Record<string, string>;
        const documentation = new URL(labels['org.opencontainers.image.documentation']!);
        const { page, status } = await open(`${documentation.pathname}${documentation.search}`);
        expect(status, `${file}: ${documentation.href}`).toBe(200);
        expect(await page.locator('h1').first().textContent()).toContain(image.title);
        await page.close();
      }
    }
  });

  it('finds every image by name with the local search', async () => {
    const { page } = await open(base);
    for (const image of images) {
      await page.locator('.VPNavBarSearch button').click();
      const input = page.locator('#localsearch-input');
      await input.fill(image.title);
      // The index loads on first use and results follow the typing: wait for the image's page among them.
      const results = page.locator('#localsearch-list a.result');
      await results.first().waitFor({ timeout: 15_000 });
      await expect
        .poll(
          async () =>
            (await results.evaluateAll((anchors) => anchors.map((anchor) => new URL((anchor as unknown as { href: string }).href).pathname))).includes(
              imagePage(image.folder),
            ),
          {
            timeout: 15_000,
          },
        )
        .toBe(true);
      await page.keyboard.press('Escape');
    }
    await page.close();
  });

  it("shows each tier's figures as its analysis data gives them", async () => {
    for (const image of images) {
      const { page } = await open(imagePage(image.folder));
      const figure = (name: string, tier: string) => page.locator(`td[data-figure="${name}"][data-tier="${tier}"]`);
      for (const { tier, report } of image.tiers) {
        const expected = expectedFigures(report);
        for (const [name, value] of Object.entries(expected)) {
          const cell = figure(name, tier);
          expect(await cell.getAttribute('data-value'), `${image.folder} ${tier} ${name}`).toBe(value.value === undefined ? null : String(value.value));
          expect(await cell.textContent(), `${image.folder} ${tier} ${name}`).toBe(value.text);
        }
      }
      await page.close();
    }
  });

  it('shows the run the tests prove, as podmanRunCommand and kubernetesPod of the tier', async () => {
    for (const image of images) {
      const { page } = await open(imagePage(image.folder));
      for (const { tier, repository, tag } of image.tiers) {
        const isPublished = image.folder === published.image && tier === published.tier;
        const reference = isPublished ? `${repository}@${published.digest}` : `${repository}:${tag}`;
        // The run the image's tests start its containers with.
        const run = tierRunOf(image.folder, tier, ROOT);
        const blocks = page.locator(`[data-run-tier="${tier}"] div[class*="language-"] code`);
        expect(await blocks.nth(0).textContent()).toBe(podmanRunCommand(run, reference));
        expect(parseYaml((await blocks.nth(1).textContent())!)).toEqual(kubernetesPod(run, reference));
      }
      await page.close();
    }
  });

  it('pulls by tag always, by digest only once published, and shows the last release', async () => {
    for (const image of images) {
      const { page } = await open(imagePage(image.folder));
      for (const { tier, repository, tag } of image.tiers) {
        const isPublished = image.folder === published.image && tier === published.tier;
        const digestCell = (await page.locator(`td[data-pull-digest="${tier}"]`).textContent())!;
        const release = (await page.locator(`td[data-release="${tier}"]`).textContent())!;
        expect(await page.locator('table', { hasText: 'By tag' }).textContent()).toContain(`podman pull ${repository}:${tag}`);
        if (isPublished) {
          expect(digestCell).toBe(`podman pull ${repository}@${published.digest}`);
          expect(release).toBe(`${published.version}, signed, attested (cyclonedx, spdxjson, openvex)`);
        } else {
          expect(digestCell).toBe('not yet published');
          expect(release).toBe('not yet published');
        }
      }
      await page.close();
    }
  });

  it('serves every SBOM and VEX document as JSON with the digests its page shows', async () => {
    let documents = 0;
    const analyzed = images.flatMap((image) => image.tiers.filter((tier) => tier.report)).length;
    for (const image of images) {
      const { page } = await open(imagePage(image.folder));
      for (const { tier, report } of image.tiers) {
        const block = page.locator(`[data-downloads="${tier}"]`);
        if (!report) {
          expect(await block.count()).toBe(0);
          continue;
        }
        expect(await block.locator('[data-describes]').getAttribute('data-describes')).toBe(report.build.configDigest);
        const items = block.locator('li[data-download]');
        expect(await items.count()).toBe(3);
        for (const item of await items.all()) {
          const href = await item.locator('a').evaluate((anchor) => (anchor as unknown as { href: string }).href);
          const shown = await item.locator('code[data-sha256]').textContent();
          const response = await fetch(href);
          expect(response.status, href).toBe(200);
          const bytes = Buffer.from(await response.arrayBuffer());
          expect(shown).toBe(`sha256:${createHash('sha256').update(bytes).digest('hex')}`);
          const document = JSON.parse(bytes.toString('utf8')) as Record<string, unknown>;
          // An SBOM names the image by its config digest (in its package URL); a VEX document is OpenVEX.
          if (href.endsWith('.openvex.json')) expect(document['@context']).toMatch(/^https:\/\/openvex\.dev\/ns\//);
          else expect(JSON.stringify(document)).toContain(encodeURIComponent(report.build.configDigest));
          documents++;
        }
      }
      await page.close();
    }
    expect(documents).toBe(3 * analyzed);
  });

  it('has no serious or critical accessibility violation (axe-core) on any page', async () => {
    const axe = join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');
    // Every page of the build (the 404 page too).
    const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.html'))
      .map((file) => `${base}${file.replace(/(^|\/)index\.html$/, '$1')}`)
      .sort();
    for (const image of images) expect(pages).toContain(imagePage(image.folder));
    const violations: string[] = [];
    for (const path of pages) {
      const { page } = await open(path);
      await page.addScriptTag({ path: axe });
      const found = await page.evaluate(async () => {
        const result = await (
          globalThis as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }
        ).axe.run();
        return result.violations.map(({ id, impact, nodes }) => ({ id, impact, targets: nodes.map((node) => node.target.join(' ')) }));
      });
      for (const violation of found.filter(({ impact }) => impact === 'serious' || impact === 'critical'))
        violations.push(`${path}: ${violation.id} (${violation.impact}) at ${violation.targets.join(', ')}`);
      await page.close();
    }
    expect(violations).toEqual([]);
  });

  it('filters and sorts the catalog index, and saves screenshots of it and of an image page', async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const { page } = await open(`${base}catalog.html`);
    await page.screenshot({ path: join(SCREENSHOTS, 'catalog-index.png'), fullPage: true });
    const rows = page.locator('.catalog-table tbody tr');
    expect(await rows.count()).toBe(images.length);
    const target = images[images.length - 1]!;
    await page.locator('#catalog-filter-input').fill(target.folder);
    expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-image')))).toContain(target.folder);
    expect(await rows.count()).toBeLessThanOrEqual(images.length);
    await page.locator('#catalog-filter-input').fill('');
    const header = page.locator('th:has(button[data-sort="hardened:sizeReduction"])');
    await header.locator('button').click();
    expect(await header.getAttribute('aria-sort')).toBe('descending');
    const values = await page.locator('td[data-column="hardened:sizeReduction"]').allTextContents();
    const numbers = values.map((value) => Number.parseFloat(value)).filter((value) => !Number.isNaN(value));
    expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
    await header.locator('button').click();
    expect(await header.getAttribute('aria-sort')).toBe('ascending');
    await page.close();
    const image = await open(imagePage(images[0]!.folder));
    await image.page.screenshot({ path: join(SCREENSHOTS, `${images[0]!.folder}.png`), fullPage: true });
    await image.page.close();
    expect(existsSync(join(SCREENSHOTS, 'catalog-index.png'))).toBe(true);
  });
});

interface Expected {
  value: number | undefined;
  text: string;
}

/** What the page must show for a tier, straight from its analysis data. */
function expectedFigures(report: TierReport | undefined): Record<string, Expected> {
  const counts = report?.scan?.bySeverity;
  const total = counts ? Object.values(counts).reduce((sum, count) => sum + count, 0) : undefined;
  const components = report ? (report.sbom?.components ?? report.inventory.components.length) : undefined;
  const measured = (value: number | undefined, text: (n: number) => string, missing = 'not measured'): Expected => ({
    value,
    text: value === undefined ? missing : text(value),
  });
  return {
    size: measured(report?.inventory.size, formatSize),
    layers: measured(report?.inventory.layerSizes.length, String),
    components: measured(components, String),
    vulnerabilities: measured(total, String, 'not scanned'),
    'vulnerabilities-critical': measured(counts?.critical, String, 'not scanned'),
    'vulnerabilities-high': measured(counts?.high, String, 'not scanned'),
  };
}
