import { Module, type DynamicModule } from '@nestjs/common';
import type { ProvincialPlatforms } from '../tickets/domain/provincial-platforms.js';
import { AddShiftHandler } from './add-shift.handler.js';
import { DutyRotaController } from './duty-rota.controller.js';
import { DutyRotaRepository } from './duty-rota.repository.js';
import { DutyRotaSettings } from './duty-rota-settings.js';
import { PutDutyStaffHandler } from './put-duty-staff.handler.js';
import { ReadRotaHandler } from './read-rota.handler.js';
import { RemoveShiftHandler } from './remove-shift.handler.js';

/** The duty rota (值班): one rota for the hotline, network and station platforms, with each person's skills. */
@Module({})
export class DutyRotaModule {
  static register(options: { provincialPlatforms: ProvincialPlatforms }): DynamicModule {
    return {
      module: DutyRotaModule,
      controllers: [DutyRotaController],
      providers: [
        { provide: DutyRotaSettings, useValue: new DutyRotaSettings(options.provincialPlatforms) },
        DutyRotaRepository,
        PutDutyStaffHandler,
        AddShiftHandler,
        RemoveShiftHandler,
        ReadRotaHandler,
      ],
      exports: [DutyRotaRepository],
    };
  }
}
