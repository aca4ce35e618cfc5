import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('Category', { description: 'A category of collectible toys' })
export class CategoryType {
  @Field(() => ID) id: string;
  @Field() slug: string;
  @Field(() => ID, { nullable: true }) parentId: string | null;
  @Field({ description: 'Name in the requested locale' }) name: string;
  @Field() nameTr: string;
  @Field() nameEn: string;
  @Field() description: string;
  @Field({ description: 'lucide icon name' }) icon: string;
  @Field(() => Int) position: number;
  @Field(() => [CategoryType]) children: CategoryType[];
}

@ObjectType('CategoryDetail')
export class CategoryDetailType {
  @Field(() => CategoryType) category: CategoryType;
  @Field(() => [CategoryType], {
    description: 'From the root down to the category itself (children left empty)',
  })
  path: CategoryType[];
}

@ObjectType('Brand')
export class BrandType {
  @Field(() => ID) id: string;
  @Field() slug: string;
  @Field() name: string;
  @Field(() => String, { nullable: true }) country: string | null;
  @Field(() => Int, { nullable: true }) founded: number | null;
  @Field(() => String, { nullable: true }) website: string | null;
}

@ObjectType('BrandPage')
export class BrandPageType {
  @Field(() => [BrandType]) items: BrandType[];
  @Field(() => Int) total: number;
  @Field(() => Int) limit: number;
  @Field(() => Int) offset: number;
}
