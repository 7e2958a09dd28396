export const OUTPUT: string;
export function generate(): Promise<string>;
