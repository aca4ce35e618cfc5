import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('Account', { description: 'The signed-in member’s own account' })
export class AccountType {
  @Field(() => ID) id: string;
  @Field() email: string;
  @Field() emailVerified: boolean;
  @Field(() => String, { nullable: true }) pendingEmail: string | null;
  @Field() displayName: string;
  @Field() role: string;
  @Field() status: string;
  @Field(() => String, { nullable: true }) mobile: string | null;
  @Field(() => String, { nullable: true }) city: string | null;
  @Field(() => String, { nullable: true }) bio: string | null;
  @Field(() => String, { nullable: true }) avatarUrl: string | null;
  @Field() mfaEnabled: boolean;
  @Field() marketingOptIn: boolean;
  @Field() isSeller: boolean;
  @Field() createdAt: string;
}

@ObjectType('Session', { description: 'A signed-in device' })
export class SessionType {
  @Field(() => ID) id: string;
  @Field() client: string;
  @Field() device: string;
  @Field(() => String, { nullable: true }) ip: string | null;
  @Field() createdAt: string;
  @Field() lastUsedAt: string;
  @Field() current: boolean;
}

@ObjectType('MemberRating')
export class MemberRatingType {
  @Field() average: number;
  @Field(() => Int) count: number;
}

@ObjectType('MemberProfile', { description: 'What anyone may see about a member' })
export class MemberProfileType {
  @Field(() => ID) id: string;
  @Field() displayName: string;
  @Field(() => String, { nullable: true }) avatarUrl: string | null;
  @Field(() => String, { nullable: true }) city: string | null;
  @Field(() => String, { nullable: true }) bio: string | null;
  @Field() memberSince: string;
  @Field() isSeller: boolean;
  @Field(() => MemberRatingType, { nullable: true }) rating: MemberRatingType | null;
}

@InputType('UpdateProfileInput')
export class UpdateProfileInput {
  @Field(() => String, { nullable: true }) displayName?: string;
  @Field(() => String, { nullable: true }) city?: string;
  @Field(() => String, { nullable: true }) bio?: string;
  @Field(() => String, { nullable: true }) mobile?: string;
}
