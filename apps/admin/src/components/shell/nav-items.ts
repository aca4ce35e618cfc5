import type { Role } from '@tarodan/contracts';
import {
  Boxes,
  CreditCard,
  LayoutDashboard,
  type LucideIcon,
  Package,
  SearchX,
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
  | 'searchInsights'
  | 'listings'
  | 'moderation'
  | 'orders'
  | 'users'
  | 'payments'
  | 'settings'
>;

/** `roles`: only these see the item (the roles its API allows); none means every staff member. */
export type NavItem = {
  key: NavKey;
  href: string;
  icon: LucideIcon;
  soon?: boolean;
  roles?: readonly Role[];
};
export type NavGroup = { title?: keyof Messages['nav']; items: NavItem[] };

/** The sidebar, top to bottom. Items marked `soon` render disabled with a "yakında" badge. */
export const navGroups: NavGroup[] = [
  { items: [{ key: 'dashboard', href: '/', icon: LayoutDashboard }] },
  {
    title: 'catalog',
    items: [
      { key: 'categories', href: '/categories', icon: Boxes },
      { key: 'brands', href: '/brands', icon: Tags },
      // The API's `searchInsightsRoles` (nav-items.spec.ts checks they agree; the client bundle skips the schemas).
      { key: 'searchInsights', href: '/search-insights', icon: SearchX, roles: ['admin', 'moderator'] },
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

/** The menu as this role sees it: items it may not open are left out, and so are groups left empty. */
export function navGroupsFor(role: Role): NavGroup[] {
  return navGroups
    .map((group) => ({
      ...group,
      items: group.items.filter((item) => !item.roles || item.roles.includes(role)),
    }))
    .filter((group) => group.items.length > 0);
}

export function isActive(href: string, pathname: string): boolean {
  return href === '/' ? pathname === '/' : pathname === href || pathname.startsWith(`${href}/`);
}
