export { RootLayout as default } from '@/features/app-shell/root-layout';
