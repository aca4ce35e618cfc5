'use client';

import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { Tabs, TabsContent, TabsList, TabsTrigger } from '@/components/ui/tabs';
import type { Messages } from '@/lib/messages/tr';

export type ChartRow = { slug: string; name: string; subcategories: number; listings: number };
type Metric = 'subcategories' | 'listings';
type Props = { rows: ChartRow[]; t: Messages['dashboard']; numberLocale: string };

const colors: Record<Metric, string> = {
  subcategories: 'hsl(var(--chart-1))',
  listings: 'hsl(var(--chart-2))',
};

/** Horizontal bars (long Turkish category names read better on the y axis); one tab per figure. */
export function CategoryChart({ rows, t, numberLocale }: Props) {
  const hasListings = rows.some((row) => row.listings > 0);
  return (
    <Tabs defaultValue="subcategories">
      <TabsList aria-label={t.chartTitle}>
        <TabsTrigger value="subcategories">{t.tabSubcategories}</TabsTrigger>
        <TabsTrigger value="listings">{t.tabListings}</TabsTrigger>
      </TabsList>
      <TabsContent value="subcategories">
        <MetricChart
          rows={rows}
          metric="subcategories"
          label={t.tabSubcategories}
          numberLocale={numberLocale}
        />
      </TabsContent>
      <TabsContent value="listings">
        {hasListings ? null : (
          <p className="mb-2 rounded-md bg-muted px-3 py-2 text-xs text-muted-foreground">{t.noListings}</p>
        )}
        <MetricChart rows={rows} metric="listings" label={t.tabListings} numberLocale={numberLocale} />
      </TabsContent>
    </Tabs>
  );
}

function MetricChart({
  rows,
  metric,
  label,
  numberLocale,
}: {
  rows: ChartRow[];
  metric: Metric;
  label: string;
  numberLocale: string;
}) {
  const formatter = new Intl.NumberFormat(numberLocale);
  const height = Math.max(220, rows.length * 30 + 40);
  return (
    <div data-testid={`chart-${metric}`} style={{ height }} className="w-full">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart
          data={rows}
          layout="vertical"
          margin={{ top: 4, right: 36, bottom: 4, left: 4 }}
          barCategoryGap={6}
        >
          <CartesianGrid horizontal={false} stroke="hsl(var(--border))" />
          <XAxis
            type="number"
            allowDecimals={false}
            tickLine={false}
            axisLine={false}
            tick={{ fontSize: 11, fill: 'hsl(var(--muted-foreground))' }}
            tickFormatter={(value: number) => formatter.format(value)}
          />
          <YAxis
            type="category"
            dataKey="name"
            width={132}
            tickLine={false}
            axisLine={false}
            interval={0}
            tick={{ fontSize: 12, fill: 'hsl(var(--foreground))' }}
          />
          <Tooltip
            cursor={{ fill: 'hsl(var(--muted))' }}
            content={({ active, payload }) => {
              const row = payload?.[0]?.payload as ChartRow | undefined;
              if (!active || !row) return null;
              return (
                <div className="rounded-md border bg-popover px-2.5 py-1.5 text-xs text-popover-foreground shadow-md">
                  <p className="font-medium">{row.name}</p>
                  <p className="tabular text-muted-foreground">
                    {label}:{' '}
                    <span className="font-semibold text-foreground">{formatter.format(row[metric])}</span>
                  </p>
                </div>
              );
            }}
          />
          <Bar
            dataKey={metric}
            name={label}
            fill={colors[metric]}
            radius={[0, 4, 4, 0]}
            maxBarSize={20}
            isAnimationActive={false}
          >
            <LabelList
              dataKey={metric}
              position="right"
              className="tabular"
              style={{ fontSize: 11, fill: 'hsl(var(--muted-foreground))' }}
              formatter={(value: unknown) => formatter.format(Number(value))}
            />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
