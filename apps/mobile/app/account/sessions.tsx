export { SessionsScreen as default } from '@/features/account/sessions-screen';
