// Reading a distribution registry's access log: how many blobs were uploaded (each
// finished upload is one `PUT /v2/<repository>/blobs/uploads/<id>?digest=...`) and how
// many manifests were written (a tag created or moved, a manifest pushed by digest). The
// benchmark and the tests use it to prove an unchanged re-publish uploads and moves nothing.

export interface RegistryWrites {
  /** Blob uploads completed (PUT .../blobs/uploads/...). */
  blobUploads: number;
  /** Manifests written (PUT .../manifests/<tag or digest>), by reference. */
  manifestPuts: string[];
}

const REQUEST = /"(PUT|POST|PATCH|DELETE) (\/v2\/[^ ?"]+)[^"]*" (\d{3})/;

/** Counts the writes in access-log lines (optionally only those to one repository path). */
export function registryWrites(log: string, repositoryPath?: string): RegistryWrites {
  const writes: RegistryWrites = { blobUploads: 0, manifestPuts: [] };
  for (const line of log.split('\n')) {
    const match = REQUEST.exec(line);
    if (!match || match[1] !== 'PUT') continue;
    const path = match[2]!;
    const status = Number(match[3]);
    if (status >= 300) continue;
    const blob = /^\/v2\/(.+)\/blobs\/uploads\//.exec(path);
    const manifest = /^\/v2\/(.+)\/manifests\/([^/]+)$/.exec(path);
    if (blob && (repositoryPath === undefined || blob[1] === repositoryPath)) writes.blobUploads++;
    if (manifest && (repositoryPath === undefined || manifest[1] === repositoryPath)) writes.manifestPuts.push(decodeURIComponent(manifest[2]!));
  }
  return writes;
}
