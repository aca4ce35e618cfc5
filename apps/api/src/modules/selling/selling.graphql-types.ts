import { Field, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { type SellerType, sellerTypes } from '@tarodan/contracts';

export const SellerTypeEnum = Object.fromEntries(sellerTypes.map((type) => [type, type])) as {
  [T in SellerType]: T;
};
registerEnumType(SellerTypeEnum, {
  name: 'SellerType',
  description:
    "iyzico's sub-merchant types: an individual, a sole proprietorship, a limited or joint-stock company",
});

export const SellerStatusEnum = { pending: 'pending', active: 'active', failed: 'failed' } as const;
registerEnumType(SellerStatusEnum, {
  name: 'SellerStatus',
  description: 'pending: saved, not yet accepted by iyzico; active: registered; failed: iyzico refused it',
});

@ObjectType('SellerProfile', { description: "The member's seller onboarding; identifiers only masked" })
export class SellerProfileType {
  @Field(() => SellerTypeEnum) type: SellerType;
  @Field(() => SellerStatusEnum) status: keyof typeof SellerStatusEnum;
  @Field() storeName: string;
  @Field() contactName: string;
  @Field() contactSurname: string;
  @Field(() => String, { nullable: true }) legalCompanyTitle: string | null;
  @Field(() => String, { nullable: true }) taxOffice: string | null;
  @Field(() => String, { nullable: true, description: 'TCKN, e.g. `*******0146`' })
  identityNumberMasked: string | null;
  @Field(() => String, { nullable: true, description: 'VKN, e.g. `******7890`' })
  taxNumberMasked: string | null;
  @Field({ description: 'e.g. `TR** **** **** **** **** **13 26`' }) ibanMasked: string;
  @Field() address: string;
  @Field() city: string;
  @Field() phone: string;
  @Field(() => String, { nullable: true, description: 'Why iyzico refused the last submission' })
  providerError: string | null;
  @Field() updatedAt: string;
}

@InputType('StartSellingInput', {
  description: 'The fields iyzico requires depend on `type` (same rules as PUT /v1/account/seller)',
})
export class StartSellingInput {
  @Field(() => SellerTypeEnum) type: SellerType;
  @Field() storeName: string;
  @Field() contactName: string;
  @Field() contactSurname: string;
  @Field({ description: 'TR IBAN; spaces allowed' }) iban: string;
  @Field() address: string;
  @Field() city: string;
  @Field({ description: 'Turkish mobile number' }) phone: string;
  @Field(() => String, { nullable: true, description: 'TCKN: PERSONAL and PRIVATE_COMPANY' })
  identityNumber?: string | null;
  @Field(() => String, { nullable: true, description: 'VKN: LIMITED_OR_JOINT_STOCK_COMPANY' })
  taxNumber?: string | null;
  @Field(() => String, { nullable: true, description: 'Companies' }) taxOffice?: string | null;
  @Field(() => String, { nullable: true, description: 'Companies' }) legalCompanyTitle?: string | null;
}
