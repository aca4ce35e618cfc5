export { TabLayout as default } from '@/features/navigation/tab-layout';
