import { Module } from '@nestjs/common';
import { CatalogModule } from '../catalog/catalog.module.js';
import { DashboardController } from './dashboard.controller.js';

@Module({ imports: [CatalogModule], controllers: [DashboardController] })
export class AdminModule {}
