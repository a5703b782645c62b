import { Module, type OnApplicationBootstrap } from '@nestjs/common';
import { warmUpSegmentation } from './domain/segmentation.js';
import { KnowledgeCommandsHandler } from './knowledge-commands.handler.js';
import { KnowledgeController } from './knowledge.controller.js';
import { KnowledgeRepository } from './knowledge.repository.js';
import { ReadKnowledgeHandler } from './read-knowledge.handler.js';
import { SearchKnowledgeHandler } from './search-knowledge.handler.js';

/** The knowledge base (知识库): entries written, reviewed and published, and searched in Chinese. */
@Module({
  controllers: [KnowledgeController],
  providers: [KnowledgeRepository, KnowledgeCommandsHandler, ReadKnowledgeHandler, SearchKnowledgeHandler],
})
export class KnowledgeModule implements OnApplicationBootstrap {
  onApplicationBootstrap(): void {
    // The segmentation dictionary loads in about 100 ms: at start-up, not in the first agent's search.
    warmUpSegmentation();
  }
}
