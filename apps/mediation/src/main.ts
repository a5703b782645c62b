// First: decorators in the libraries read metadata while their modules load.
import 'reflect-metadata';
import { runService } from '@legal-hotline/service-runtime';
import { mediationService } from './mediation.service-definition.js';

await runService(mediationService);
