export { EditProfileScreen as default } from '@/features/account/edit-profile-screen';
