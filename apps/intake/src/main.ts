// First: decorators in the libraries read metadata while their modules load (the service-runtime
// index evaluates config.ts, whose decorators need it, before bootstrap.ts imports it).
import 'reflect-metadata';
import { runService } from '@legal-hotline/service-runtime';
import { intakeService } from './intake.service-definition.js';

await runService(intakeService);
