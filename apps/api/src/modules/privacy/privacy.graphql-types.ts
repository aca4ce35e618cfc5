import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('DataExport', { description: "A copy of the member's personal data (KVKK article 11)" })
export class DataExportType {
  @Field(() => ID) id: string;
  @Field({ description: 'pending, ready or failed' }) status: string;
  @Field() requestedAt: string;
  @Field(() => String, { nullable: true }) completedAt: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Download link valid for 15 minutes, while the archive exists',
  })
  downloadUrl: string | null;
  @Field(() => String, { nullable: true }) expiresAt: string | null;
}
