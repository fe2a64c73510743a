// A stand-in for XMLHttpRequest (uploads) at the network boundary: tests see each request as sent, then drive its
// upload progress and its answer, as a slow network would.
import { vi } from 'vitest';

type Listener = (event: { lengthComputable?: boolean; loaded?: number; total?: number }) => void;

class Emitter {
  private listeners = new Map<string, Listener[]>();
  addEventListener(type: string, listener: Listener) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  emit(type: string, event = {}) {
    for (const listener of this.listeners.get(type) ?? []) listener(event);
  }
}

export class FakeXhr extends Emitter {
  static sent: FakeXhr[] = [];
  method = '';
  url = '';
  headers: Record<string, string> = {};
  body: FormData | null = null;
  status = 0;
  responseText = '';
  aborted = false;
  readonly upload = new Emitter();

  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name.toLowerCase()] = value;
  }
  send(body: FormData) {
    this.body = body;
    FakeXhr.sent.push(this);
  }
  abort() {
    this.aborted = true;
    this.emit('abort');
  }
  getAllResponseHeaders() {
    return 'content-type: application/json\r\n';
  }

  /** Reports that `fraction` of the body has been sent. */
  progress(fraction: number) {
    this.upload.emit('progress', { lengthComputable: true, loaded: Math.round(fraction * 1000), total: 1000 });
  }
  respond(status: number, body: unknown) {
    this.status = status;
    this.responseText = JSON.stringify(body);
    this.emit('load');
  }
}

export function fakeXhr() {
  FakeXhr.sent = [];
  vi.stubGlobal('XMLHttpRequest', FakeXhr);
  return FakeXhr.sent;
}

/** The multipart fields of an upload in the order they were appended, files by name. */
export const formFields = (body: FormData | null) =>
  [...(body?.entries() ?? [])].map(([name, value]) => [name, typeof value === 'string' ? value : value.name]);
