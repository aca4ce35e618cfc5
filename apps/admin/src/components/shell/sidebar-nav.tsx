'use client';

import type { Role } from '@tarodan/contracts';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { Badge } from '@/components/ui/badge';
import type { Messages } from '@/lib/messages/tr';
import { cn } from '@/lib/utils';
import { isActive, type NavItem, navGroupsFor } from './nav-items';

type Props = { t: Messages['nav']; role: Role; collapsed?: boolean; onNavigate?: () => void };

export function SidebarNav({ t, role, collapsed = false, onNavigate }: Props) {
  const pathname = usePathname();
  return (
    <nav aria-label={t.label} className="flex flex-col gap-4 px-2 py-3">
      {navGroupsFor(role).map((group, index) => (
        <div key={group.title ?? `group-${index}`} className="flex flex-col gap-0.5">
          {group.title && !collapsed ? (
            <p className="px-2 pb-1 text-[11px] font-medium uppercase tracking-wider text-muted-foreground">
              {t[group.title]}
            </p>
          ) : null}
          {group.title && collapsed ? <div className="mx-2 mb-1 h-px bg-sidebar-border" /> : null}
          {group.items.map((item) => (
            <NavLink
              key={item.key}
              item={item}
              label={t[item.key]}
              soonLabel={t.soon}
              active={isActive(item.href, pathname)}
              collapsed={collapsed}
              onNavigate={onNavigate}
            />
          ))}
        </div>
      ))}
    </nav>
  );
}

type NavLinkProps = {
  item: NavItem;
  label: string;
  soonLabel: string;
  active: boolean;
  collapsed: boolean;
  onNavigate?: () => void;
};

function NavLink({ item, label, soonLabel, active, collapsed, onNavigate }: NavLinkProps) {
  const Icon = item.icon;
  const base = cn(
    'group relative flex h-8 items-center gap-2.5 rounded-md px-2 text-sm transition-colors',
    collapsed && 'justify-center px-0',
  );
  if (item.soon) {
    return (
      <span
        aria-disabled="true"
        title={collapsed ? `${label} (${soonLabel})` : undefined}
        className={cn(base, 'cursor-not-allowed text-muted-foreground/70')}
      >
        <Icon className="size-4 shrink-0" aria-hidden="true" />
        {collapsed ? (
          <span className="sr-only">{`${label} (${soonLabel})`}</span>
        ) : (
          <>
            <span className="truncate">{label}</span>
            <Badge variant="outline" className="ml-auto px-1 py-0.5 text-[10px] font-normal">
              {soonLabel}
            </Badge>
          </>
        )}
      </span>
    );
  }
  return (
    <Link
      href={item.href}
      onClick={onNavigate}
      aria-current={active ? 'page' : undefined}
      title={collapsed ? label : undefined}
      className={cn(
        base,
        active
          ? 'bg-sidebar-accent font-medium text-foreground'
          : 'text-sidebar-foreground hover:bg-sidebar-accent/70 hover:text-foreground',
      )}
    >
      {active ? (
        <span aria-hidden="true" className="absolute inset-y-1.5 left-0 w-0.5 rounded-full bg-brand" />
      ) : null}
      <Icon className={cn('size-4 shrink-0', active && 'text-brand')} aria-hidden="true" />
      {collapsed ? <span className="sr-only">{label}</span> : <span className="truncate">{label}</span>}
    </Link>
  );
}
