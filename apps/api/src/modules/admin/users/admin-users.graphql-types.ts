import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('AdminUser')
export class AdminUserType {
  @Field(() => ID) id: string;
  @Field() email: string;
  @Field() displayName: string;
  @Field() role: string;
  @Field() status: string;
  @Field() emailVerified: boolean;
  @Field() isSeller: boolean;
  @Field() createdAt: string;
}

@ObjectType('AdminUserPage')
export class AdminUserPageType {
  @Field(() => [AdminUserType]) items: AdminUserType[];
  @Field(() => Int) total: number;
  @Field(() => Int) page: number;
  @Field(() => Int) pageSize: number;
}

@ObjectType('AuditActor')
export class AuditActorType {
  @Field(() => ID, { nullable: true }) id: string | null;
  @Field(() => String, { nullable: true }) displayName: string | null;
  @Field(() => String, { nullable: true }) role: string | null;
}

@ObjectType('AuditEntry')
export class AuditEntryType {
  @Field(() => ID) id: string;
  @Field(() => AuditActorType) actor: AuditActorType;
  @Field() action: string;
  @Field() targetType: string;
  @Field(() => String, { nullable: true }) targetId: string | null;
  @Field(() => String, { nullable: true, description: 'The state before, as JSON' }) beforeJson:
    | string
    | null;
  @Field(() => String, { nullable: true, description: 'The state after, as JSON' }) afterJson: string | null;
  @Field(() => String, { nullable: true }) ip: string | null;
  @Field() createdAt: string;
}

@ObjectType('AdminUserDetail')
export class AdminUserDetailType extends AdminUserType {
  @Field(() => String, { nullable: true }) statusReason: string | null;
  @Field(() => String, { nullable: true }) mobile: string | null;
  @Field(() => String, { nullable: true }) city: string | null;
  @Field() mfaEnabled: boolean;
  @Field(() => Int) activeSessions: number;
  @Field(() => [AuditEntryType]) audit: AuditEntryType[];
}
