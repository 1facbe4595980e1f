// Checking many images on worker threads: YAML parsing dominates validation time and
// images are independent, so a large catalog is split across the machine's cores.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ImageResult } from './repository.js';

/** Below this many images, starting workers costs more than it saves. */
export const PARALLEL_THRESHOLD = 100;

export interface WorkerJob {
  root: string;
  images: string[];
}

export async function checkImagesInWorkers(root: string, images: string[]): Promise<ImageResult[]> {
  const count = Math.min(availableParallelism(), Math.ceil(images.length / 50));
  if (count <= 1) {
    const { checkImage, readCatalog } = await import('./repository.js');
    const catalog = readCatalog(root);
    return images.map((image) => withoutLoaded(checkImage(root, catalog, image)));
  }
  const size = Math.ceil(images.length / count);
  const chunks = Array.from({ length: count }, (_, index) => images.slice(index * size, (index + 1) * size));
  const results = await Promise.all(
    chunks.map(
      (chunk) =>
        new Promise<ImageResult[]>((resolve, reject) => {
          const worker = new Worker(new URL('./parallel-worker.js', import.meta.url), { workerData: { root, images: chunk } satisfies WorkerJob });
          worker.once('message', resolve);
          worker.once('error', reject);
        }),
    ),
  );
  return results.flat();
}

/** Results cross threads as plain data: the parsed spec stays behind. */
export function withoutLoaded({ image, file, issues }: ImageResult): ImageResult {
  return { image, file, issues };
}
