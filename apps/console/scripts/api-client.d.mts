export declare const SERVICES: readonly string[];
export declare const DEFAULT_PORTS: Readonly<Record<string, number>>;
export declare const GENERATED_DIR: string;
export declare function consoleDocumentOf(document: unknown): unknown;
export declare function fetchDocument(baseUrl: string): Promise<unknown>;
export declare function clientSourceOf(service: string, document: unknown): Promise<string>;
export declare function generatedFileOf(service: string): string;
export declare function driftOf(baseUrls: Record<string, string>): Promise<string[]>;
