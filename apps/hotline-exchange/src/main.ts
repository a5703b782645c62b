// First: decorators in the libraries read metadata while their modules load.
import 'reflect-metadata';
import { runService } from '@legal-hotline/service-runtime';
import { hotlineExchangeService } from './hotline-exchange.service-definition.js';

await runService(hotlineExchangeService);
