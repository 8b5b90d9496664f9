/**
 * Runs `body` with the Date methods that read the reader's own clock zone made to
 * throw, proving that the code under test never depends on where the reader is.
 */
export function withoutLocalZone<T>(body: () => T): T {
  const names = [
    'getFullYear', 'getMonth', 'getDate', 'getDay', 'getHours', 'getMinutes',
    'getTimezoneOffset', 'setHours', 'setDate', 'setFullYear', 'setMonth',
    'toLocaleDateString', 'toLocaleString', 'toLocaleTimeString', 'toDateString', 'toString',
  ] as const;
  const proto = Date.prototype as unknown as Record<string, unknown>;
  const saved = names.map((name) => proto[name]);
  for (const name of names) {
    proto[name] = () => {
      throw new Error(`Date.prototype.${name} depends on the reader's time zone`);
    };
  }
  try {
    return body();
  } finally {
    names.forEach((name, i) => (proto[name] = saved[i]));
  }
}
