/**
 * An endpoint's list that counts which of its entries the library read: to show that a huge answer
 * is cut before any work is done on it, without timing anything.
 */
export interface CountedList<T> {
  /** The list to hand over, as `JSON.parse` would have made it (a real array behind a proxy). */
  items: T[];
  /** How many distinct entries were read. */
  read(): number;
}

export function countedList<T>(length: number, entry: (index: number) => T): CountedList<T> {
  const seen = new Set<number>();
  const items = new Proxy(Array.from({ length }, (_, index) => entry(index)), {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) seen.add(Number(key));
      return Reflect.get(target, key, receiver);
    },
  });
  return { items, read: () => seen.size };
}
