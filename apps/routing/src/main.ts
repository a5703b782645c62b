import { runService } from '@legal-hotline/service-runtime';
import { routingService } from './routing.service-definition.js';

await runService(routingService);
