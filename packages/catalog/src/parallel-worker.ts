// Worker thread entry of parallel.ts: checks its share of the images.
import { parentPort, workerData } from 'node:worker_threads';
import { withoutLoaded, type WorkerJob } from './parallel.js';
import { checkImage, readCatalog } from './repository.js';

const { root, images } = workerData as WorkerJob;
const catalog = readCatalog(root);
parentPort!.postMessage(images.map((image) => withoutLoaded(checkImage(root, catalog, image))));
