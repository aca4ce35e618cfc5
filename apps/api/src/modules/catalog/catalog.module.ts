import { Module } from '@nestjs/common';
import { BrandsController } from './brands.controller.js';
import { CatalogRepository } from './catalog.repository.js';
import { CatalogResolver } from './catalog.resolver.js';
import { CatalogService } from './catalog.service.js';
import { CategoriesController } from './categories.controller.js';

@Module({
  controllers: [CategoriesController, BrandsController],
  providers: [CatalogRepository, CatalogService, CatalogResolver],
  exports: [CatalogService],
})
export class CatalogModule {}
