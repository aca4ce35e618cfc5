import type { CategoryNode } from '@tarodan/contracts';
import { CornerDownRight } from 'lucide-react';
import { Badge } from '@/components/ui/badge';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import type { Messages } from '@/lib/messages/tr';
import { cn } from '@/lib/utils';

type Row = { node: CategoryNode; depth: number };

/** Depth-first, siblings in their `position` order. */
export function flattenTree(nodes: CategoryNode[], depth = 0): Row[] {
  return [...nodes]
    .sort((a, b) => a.position - b.position)
    .flatMap((node) => [{ node, depth }, ...flattenTree(node.children, depth + 1)]);
}

type Props = { tree: CategoryNode[]; t: Messages['categories']; numberLocale: string };

export function CategoryTable({ tree, t, numberLocale }: Props) {
  const formatter = new Intl.NumberFormat(numberLocale);
  return (
    <Table data-testid="category-table">
      <TableHeader>
        <TableRow>
          <TableHead>{t.nameTr}</TableHead>
          <TableHead className="hidden md:table-cell">{t.nameEn}</TableHead>
          <TableHead className="hidden sm:table-cell">{t.slug}</TableHead>
          <TableHead className="text-right">{t.subcategories}</TableHead>
          <TableHead className="hidden text-right lg:table-cell">{t.position}</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {flattenTree(tree).map(({ node, depth }) => (
          <TableRow
            key={node.id}
            id={depth === 0 ? node.slug : undefined}
            data-depth={depth}
            className={cn(depth === 0 && 'bg-muted/30 target:bg-brand/10')}
          >
            <TableCell className="py-1.5">
              <span
                className="flex items-center gap-1.5"
                style={{ paddingLeft: `${Math.max(0, depth - 1) * 1.25}rem` }}
              >
                {depth > 0 ? (
                  <CornerDownRight
                    className="size-3.5 shrink-0 text-muted-foreground/60"
                    aria-hidden="true"
                  />
                ) : null}
                <span className={cn('truncate', depth === 0 && 'font-semibold')}>{node.nameTr}</span>
              </span>
            </TableCell>
            <TableCell className="hidden py-1.5 text-muted-foreground md:table-cell">{node.nameEn}</TableCell>
            <TableCell className="hidden py-1.5 sm:table-cell">
              <code className="rounded bg-muted px-1.5 py-0.5 font-mono text-[11px] text-muted-foreground">
                {node.slug}
              </code>
            </TableCell>
            <TableCell className="tabular py-1.5 text-right">
              {node.children.length > 0 ? (
                <Badge variant={depth === 0 ? 'brand' : 'secondary'} className="tabular">
                  {formatter.format(node.children.length)}
                </Badge>
              ) : (
                <span className="text-muted-foreground/60">—</span>
              )}
            </TableCell>
            <TableCell className="tabular hidden py-1.5 text-right text-muted-foreground lg:table-cell">
              {node.position}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
