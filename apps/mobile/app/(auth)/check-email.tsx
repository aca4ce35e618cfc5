export { CheckEmailScreen as default } from '@/features/auth/check-email-screen';
