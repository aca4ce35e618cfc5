import type { Role } from '@tarodan/contracts';

/** Development accounts only (documented in README): the seed refuses to run in production. */
export const userSeeds: { email: string; password: string; displayName: string; role: Role; city: string }[] =
  [
    {
      email: 'admin@tarodan.test',
      password: 'Tarodan-Admin-2026!',
      displayName: 'TARODAN Yönetici',
      role: 'admin',
      city: 'İstanbul',
    },
    {
      email: 'moderator@tarodan.test',
      password: 'Tarodan-Mod-2026!',
      displayName: 'Moderatör Deniz',
      role: 'moderator',
      city: 'Ankara',
    },
    {
      email: 'ayse@tarodan.test',
      password: 'Tarodan-Uye-2026!',
      displayName: 'Ayşe Yılmaz',
      role: 'member',
      city: 'İzmir',
    },
    {
      email: 'mehmet@tarodan.test',
      password: 'Tarodan-Uye-2026!',
      displayName: 'Mehmet Kaya',
      role: 'member',
      city: 'Bursa',
    },
    {
      email: 'zeynep@tarodan.test',
      password: 'Tarodan-Uye-2026!',
      displayName: 'Zeynep Şahin',
      role: 'member',
      city: 'Antalya',
    },
    {
      email: 'can@tarodan.test',
      password: 'Tarodan-Uye-2026!',
      displayName: 'Can Öztürk',
      role: 'member',
      city: 'Eskişehir',
    },
    {
      email: 'burak@tarodan.test',
      password: 'Tarodan-Uye-2026!',
      displayName: 'Burak Demir',
      role: 'member',
      city: 'Ankara',
    },
    {
      email: 'elif@tarodan.test',
      password: 'Tarodan-Uye-2026!',
      displayName: 'Elif Arslan',
      role: 'member',
      city: 'İstanbul',
    },
    {
      email: 'emre@tarodan.test',
      password: 'Tarodan-Uye-2026!',
      displayName: 'Emre Çelik',
      role: 'member',
      city: 'Kocaeli',
    },
    {
      email: 'selin@tarodan.test',
      password: 'Tarodan-Uye-2026!',
      displayName: 'Selin Aydın',
      role: 'member',
      city: 'İstanbul',
    },
  ];
