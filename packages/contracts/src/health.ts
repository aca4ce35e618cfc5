export type DependencyStatus = {
  name: string;
  status: 'up' | 'down';
  adapter: string;
  latencyMs: number;
  error?: string;
};
export type ReadinessReport = { status: 'ok' | 'error'; checks: DependencyStatus[] };
