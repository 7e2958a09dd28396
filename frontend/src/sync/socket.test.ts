import { describe, expect, it, vi } from 'vitest';
import { askingForGzip, inOrder, retryDelay, type SocketLike } from './socket';

async function gzip(text: string): Promise<ArrayBuffer> {
  return new Response(new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'))).arrayBuffer();
}

function socket(): SocketLike & { closedWith: number | undefined } {
  return {
    readyState: 1, onopen: null, onmessage: null, onclose: null, closedWith: undefined,
    send: () => {},
    close(code) {
      this.closedWith = code;
    },
  };
}

describe('the socket under a live wall', () => {
  it('asks for compressed snapshots, keeping the query the link already has', () => {
    expect(askingForGzip('ws://host/ws')).toBe('ws://host/ws?snapshot=gzip');
    expect(askingForGzip('ws://host/ws?x=1')).toBe('ws://host/ws?x=1&snapshot=gzip');
  });

  it('hands on a text frame that follows a compressed one only after it', async () => {
    const read: string[] = [];
    const listen = inOrder(socket(), (text) => read.push(text));
    listen({ data: await gzip('snapshot') });
    listen({ data: 'applied' });
    expect(read).toEqual([]);
    await vi.waitFor(() => expect(read).toEqual(['snapshot', 'applied']));
    listen({ data: 'presence' });
    expect(read).toEqual(['snapshot', 'applied', 'presence']);
  });

  it('closes the socket on a frame it cannot inflate, so that the wall is sent anew', async () => {
    const s = socket();
    const read: string[] = [];
    const listen = inOrder(s, (text) => read.push(text));
    listen({ data: new Uint8Array([1, 2, 3]).buffer });
    await vi.waitFor(() => expect(s.closedWith).toBe(1000));
    expect(read).toEqual([]);
  });

  it('waits longer after each failed attempt, never more than about five seconds', () => {
    expect(retryDelay(0)).toBeLessThan(retryDelay(3));
    for (let attempt = 0; attempt < 20; attempt++) expect(retryDelay(attempt)).toBeLessThanOrEqual(5000 * 1.25);
  });
});
