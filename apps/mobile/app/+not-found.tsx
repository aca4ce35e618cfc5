export { NotFoundScreen as default } from '@/features/navigation/not-found-screen';
