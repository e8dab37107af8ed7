/** How long to wait before the next try: the API's Retry-After (seconds or an HTTP date), else
 * 0.5 s doubling per try; at most 30 s, with a little jitter so tabs do not retry in step. */
export function retryDelay(
  retryAfter: string | null,
  attempt: number,
  now = Date.now(),
  jitter = Math.random(),
): number {
  let ms = 500 * 2 ** attempt;
  if (retryAfter) {
    const seconds = Number(retryAfter);
    const date = Date.parse(retryAfter);
    if (Number.isFinite(seconds) && seconds >= 0) ms = seconds * 1000;
    else if (!Number.isNaN(date)) ms = Math.max(0, date - now);
  }
  return Math.min(ms, 30_000) + Math.floor(jitter * 100);
}
