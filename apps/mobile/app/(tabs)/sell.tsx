export { SellScreen as default } from '@/features/sell/sell-screen';
