// First: decorators in the libraries read metadata while their modules load.
import 'reflect-metadata';
import { runService } from '@legal-hotline/service-runtime';
import { legalAidService } from './legal-aid.service-definition.js';

await runService(legalAidService);
