import 'reflect-metadata';
export * from './config.js';
export * from './errors.js';
export * from './request-context.js';
export * from './health.controller.js';
export * from './bootstrap.js';
export * from './service-runtime.module.js';
export * from './polling-worker.js';
export * from './pagination.js';
