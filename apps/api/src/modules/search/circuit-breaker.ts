/**
 * Closed: calls go to the primary. A failure or a call slower than `timeoutMs` opens it: calls go to the fallback
 * for `cooldownMs`, then the next call tries the primary again (half-open) and closes it on success.
 */
export class CircuitBreaker {
  private openUntil = 0;

  constructor(
    private readonly options: {
      timeoutMs: number;
      cooldownMs: number;
      onChange: (open: boolean, error?: Error) => void;
      now?: () => number;
    },
  ) {}

  private now() {
    return this.options.now?.() ?? Date.now();
  }

  /** True while calls skip the primary. */
  get isOpen(): boolean {
    return this.openUntil > this.now();
  }

  async run<T>(primary: () => Promise<T>, fallback: () => Promise<T>): Promise<T> {
    if (this.isOpen) return fallback();
    try {
      const result = await withTimeout(primary(), this.options.timeoutMs);
      if (this.openUntil !== 0) {
        this.openUntil = 0;
        this.options.onChange(false);
      }
      return result;
    } catch (error) {
      this.trip(error as Error);
      return fallback();
    }
  }

  /** Opens the breaker (also used by writers that saw the primary fail). */
  trip(error: Error): void {
    const wasOpen = this.openUntil !== 0;
    this.openUntil = this.now() + this.options.cooldownMs;
    if (!wasOpen) this.options.onChange(true, error);
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`No answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
