import {
  Boxes,
  CreditCard,
  LayoutDashboard,
  type LucideIcon,
  Package,
  Settings,
  ShieldCheck,
  ShoppingBag,
  Tags,
  Users,
} from 'lucide-react';
import type { Messages } from '@/lib/messages/tr';

type NavKey = keyof Pick<
  Messages['nav'],
  | 'dashboard'
  | 'categories'
  | 'brands'
  | 'listings'
  | 'moderation'
  | 'orders'
  | 'users'
  | 'payments'
  | 'settings'
>;

export type NavItem = { key: NavKey; href: string; icon: LucideIcon; soon?: boolean };
export type NavGroup = { title?: keyof Messages['nav']; items: NavItem[] };

/** The sidebar, top to bottom. Items marked `soon` render disabled with a "yakında" badge. */
export const navGroups: NavGroup[] = [
  { items: [{ key: 'dashboard', href: '/', icon: LayoutDashboard }] },
  {
    title: 'catalog',
    items: [
      { key: 'categories', href: '/categories', icon: Boxes },
      { key: 'brands', href: '/brands', icon: Tags },
    ],
  },
  {
    title: 'operations',
    items: [
      { key: 'listings', href: '/listings', icon: Package, soon: true },
      { key: 'moderation', href: '/moderation', icon: ShieldCheck },
      { key: 'orders', href: '/orders', icon: ShoppingBag, soon: true },
      { key: 'users', href: '/users', icon: Users },
      { key: 'payments', href: '/payments', icon: CreditCard, soon: true },
    ],
  },
  { items: [{ key: 'settings', href: '/settings', icon: Settings, soon: true }] },
];

export function isActive(href: string, pathname: string): boolean {
  return href === '/' ? pathname === '/' : pathname === href || pathname.startsWith(`${href}/`);
}
