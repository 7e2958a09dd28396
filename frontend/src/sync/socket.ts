/**
 * The transport under a live wall: the socket it talks through, the network it watches, how it reads frames in order
 * and how long it waits between reconnect attempts. What the messages mean is `liveWall.ts`'s business.
 */

/** The part of the browser's WebSocket this client uses, so tests can hand it a fake one. */
export interface SocketLike {
  readyState: number;
  onopen: ((ev: unknown) => void) | null;
  onmessage: ((ev: { data: unknown }) => void) | null;
  onclose: ((ev: { code: number }) => void) | null;
  send(data: string): void;
  close(code?: number): void;
}

export interface Network {
  online(): boolean;
  onChange(listener: (online: boolean) => void): void;
}

export const browserNetwork: Network = {
  online: () => navigator.onLine,
  onChange: (listener) => {
    window.addEventListener('online', () => listener(true));
    window.addEventListener('offline', () => listener(false));
  },
};

/**
 * The live socket compresses nothing by itself; a client that can inflate gzip asks for large snapshots as one
 * compressed binary frame (docs/protocol.md, Compression).
 */
export function askingForGzip(url: string): string {
  if (typeof DecompressionStream === 'undefined') return url;
  return `${url}${url.includes('?') ? '&' : '?'}snapshot=gzip`;
}

/** The text of a gzip binary frame (a Blob, or an ArrayBuffer with binaryType 'arraybuffer'). */
export async function inflate(data: unknown): Promise<string> {
  const stream = new Blob([data as BlobPart]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Response(stream).text();
}

/**
 * A socket's message listener that hands on each frame's text in the order the frames came. A large snapshot may
 * come as one gzip binary frame, inflated asynchronously: messages after it wait their turn behind it.
 */
export function inOrder(socket: SocketLike, handle: (text: string) => void): NonNullable<SocketLike['onmessage']> {
  let inbound: Promise<void> | null = null;
  return (event) => {
    if (typeof event.data === 'string' && !inbound) {
      handle(event.data);
      return;
    }
    const text = typeof event.data === 'string' ? Promise.resolve(event.data) : inflate(event.data);
    const turn: Promise<void> = (inbound ?? Promise.resolve())
      .then(() => text)
      .then(handle, () => socket.close(1000)) // an unreadable frame: join again and be sent the wall anew
      .finally(() => {
        if (inbound === turn) inbound = null;
      });
    inbound = turn;
  };
}

/** 0.25 s, 0.5 s, 1 s, … up to 5 s, with jitter so a restarted server isn't hit by every tab at once. */
export function retryDelay(attempt: number): number {
  return Math.min(5000, 250 * 2 ** attempt) * (0.75 + Math.random() / 2);
}
