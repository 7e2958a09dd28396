/** Who this browser tab is on the wall: a client id kept for the tab's life (reloads included), a name and a colour. */
export interface Identity {
  clientId: string;
  name: string;
  colour: string;
}

const COLOURS = ['#e8590c', '#1971c2', '#2f9e44', '#9c36b5', '#c2255c', '#0c8599', '#f08c00', '#5c940d'];

export function identity(): Identity {
  const clientId = remembered(sessionStorage, 'stormwall.clientId', () => `c-${crypto.randomUUID().slice(0, 8)}`);
  const name = remembered(localStorage, 'stormwall.name', () => `Guest ${Math.floor(10 + Math.random() * 90)}`);
  const colour = remembered(localStorage, 'stormwall.colour', () => COLOURS[Math.floor(Math.random() * COLOURS.length)] ?? '#1971c2');
  return { clientId, name, colour };
}

function remembered(storage: Storage, key: string, make: () => string): string {
  const existing = storage.getItem(key);
  if (existing) return existing;
  const value = make();
  storage.setItem(key, value);
  return value;
}
