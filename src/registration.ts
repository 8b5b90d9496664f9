/** Registrations waiting for `releaseRegistrations`, while the single-file bundle holds them back. */
let held: (() => void)[] | undefined;

/** Runs an element's registration now, or, while the single-file bundle holds them, when it releases them. */
export function whenRegistering(register: () => void): void {
  // No registry (a server without Lit's shim, a worker): there is nothing to register in.
  if (!globalThis.customElements) return;
  if (held) held.push(register);
  else register();
}

/** Makes `whenRegistering` hold registrations until `releaseRegistrations`. */
export function holdRegistrations(): void {
  held ??= [];
}

/** Runs the held registrations, in the order they were asked for. */
export function releaseRegistrations(): void {
  const waiting = held ?? [];
  held = undefined;
  for (const register of waiting) register();
}
