/**
 * Page-wide defaults, for hosts that would rather not repeat `endpoint` on every tag.
 * Resolution order for an element: its own attribute, then `<meta name="news-endpoint">`,
 * then `configure()`.
 */
export interface NewsConfig {
  /** Base URL of the data endpoint. */
  endpoint?: string;
  /** Adapter name: `native` (default), `wordpress`, `jsonfeed`. */
  adapter?: string;
  /** Milliseconds before a request counts as timed out. Default 8000. */
  timeout?: number;
  /** How many times a failed request (network error, 5xx, 429) is tried again. Default 2. */
  retries?: number;
}

const config: Required<Omit<NewsConfig, 'endpoint'>> & Pick<NewsConfig, 'endpoint'> = {
  endpoint: undefined,
  adapter: 'native',
  timeout: 8000,
  retries: 2,
};

/** Sets page-wide defaults; later calls override earlier ones field by field. */
export function configure(options: NewsConfig): void {
  for (const [key, value] of Object.entries(options)) {
    if (value !== undefined) Object.assign(config, { [key]: value });
  }
}

/** The current page-wide defaults. */
export function getConfig(): Readonly<typeof config> {
  return config;
}

/** The endpoint an element should use, or undefined when none is set anywhere. */
export function resolveEndpoint(own: string | undefined | null): string | undefined {
  const meta = globalThis.document?.querySelector<HTMLMetaElement>('meta[name="news-endpoint"]')?.content;
  return own?.trim() || meta?.trim() || config.endpoint;
}
