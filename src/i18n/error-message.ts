import type { Lang, NewsDataError } from '../data/types.js';
import { msg, type MessageKey } from './strings.js';

const KEYS: Record<NewsDataError['reason'], MessageKey> = {
  network: 'errorNetwork',
  timeout: 'errorTimeout',
  http: 'errorHttp',
  'not-json': 'errorNotJson',
  shape: 'errorShape',
  unsupported: 'errorUnsupported',
};

/** What a reader is told about a failed load, in their language. */
export function errorMessage(lang: Lang, { reason, status }: NewsDataError): string {
  if (reason === 'http' && (status === 404 || status === 410)) return msg(lang, 'errorNotFound');
  // A draft, a private post, or a REST API locked by a security plugin: not a server fault.
  if (reason === 'http' && (status === 401 || status === 403)) return msg(lang, 'errorForbidden');
  return msg(lang, KEYS[reason], { status: status ?? '' });
}
