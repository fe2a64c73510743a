// A blob: URL of a file the API serves as an attachment, for an <iframe> or <img> to show; revoked when the path
// changes or the component goes away.
import { useEffect, useState } from 'react';
import { fetchFile } from './download-file.ts';

export type FileUrl = { url: string | null; failed: boolean };

export function useFileUrl(path: string, type: string): FileUrl {
  const [state, setState] = useState<FileUrl>({ url: null, failed: false });
  useEffect(() => {
    const abort = new AbortController();
    let url: string | null = null;
    setState({ url: null, failed: false });
    fetchFile(path, type, abort.signal).then(
      ({ blob }) => {
        url = URL.createObjectURL(blob);
        setState({ url, failed: false });
      },
      () => {
        if (!abort.signal.aborted) setState({ url: null, failed: true });
      },
    );
    return () => {
      abort.abort();
      if (url) URL.revokeObjectURL(url);
    };
  }, [path, type]);
  return state;
}
