import type { LucideIcon } from 'lucide-react';
import { Card } from '@/components/ui/card';

type Props = { id: string; label: string; value: string; hint: string; icon: LucideIcon };

export function StatCard({ id, label, value, hint, icon: Icon }: Props) {
  return (
    <Card data-testid={`stat-${id}`} className="flex items-start justify-between gap-3 p-4">
      <div className="min-w-0">
        <p className="truncate text-xs font-medium text-muted-foreground">{label}</p>
        <p data-testid="stat-value" className="tabular mt-1.5 text-2xl font-semibold tracking-tight">
          {value}
        </p>
        <p className="mt-1 text-[11px] leading-snug text-muted-foreground">{hint}</p>
      </div>
      <span className="flex size-8 shrink-0 items-center justify-center rounded-md bg-brand/10 text-brand">
        <Icon className="size-4" aria-hidden="true" />
      </span>
    </Card>
  );
}
