// Dependency boundaries of the monorepo, checked on every import:
// - a service (apps/<name>) never imports another service; it reaches shared code only
//   through a library's package name (@legal-hotline/<lib>);
// - libraries never import services;
// - libs/contracts imports no framework: only zod and Node built-ins;
// - files under a domain/ folder import no Nest, TypeORM, Kafka, PostgreSQL or messaging code.
import { dirname, relative, resolve, sep } from 'node:path';

const workspaceRoot = resolve(dirname(new URL(import.meta.url).pathname), '../..');

const INFRASTRUCTURE_IN_DOMAIN = [/^@nestjs\//, /^typeorm/, /^kafkajs/, /^pg$/, /^@legal-hotline\/(messaging|service-runtime|testing)/];
// Test files may use the test framework.
const CONTRACTS_ALLOWED_EXTERNALS = [/^zod(\/|$)/, /^node:/];
const TEST_FILE = /\.(spec|int-spec|e2e-spec)\.ts$/;

function projectOf(file) {
  const parts = relative(workspaceRoot, file).split(sep);
  if ((parts[0] === 'apps' || parts[0] === 'libs') && parts[1]) return { kind: parts[0], name: parts[1] };
  return null;
}

const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'Keeps dependencies between services, libraries and domain code pointing one way.' },
    schema: [],
  },
  create(context) {
    const file = context.filename;
    const from = projectOf(file);
    if (!from) return {};
    const inDomain = file.split(sep).includes('domain');

    function check(node, source) {
      if (typeof source !== 'string') return;
      if (inDomain && INFRASTRUCTURE_IN_DOMAIN.some((re) => re.test(source))) {
        context.report({ node, message: `domain code must not import infrastructure ('${source}'); pass what it needs as arguments` });
      }
      if (source.startsWith('.')) {
        const target = projectOf(resolve(dirname(file), source));
        if (!target || target.kind !== from.kind || target.name !== from.name) {
          context.report({ node, message: `'${source}' leaves ${from.kind}/${from.name}; import a library by its package name instead` });
        }
        return;
      }
      if (from.kind === 'libs' && from.name === 'contracts' && !TEST_FILE.test(file) && !source.startsWith('@legal-hotline/contracts')) {
        if (!CONTRACTS_ALLOWED_EXTERNALS.some((re) => re.test(source))) {
          context.report({ node, message: `the contracts library imports no framework ('${source}')` });
        }
      }
      if (/^@legal-hotline\/(intake|routing|legal-aid|mediation|hotline-exchange)(\/|$)/.test(source)) {
        context.report({ node, message: `services never import each other ('${source}'); exchange events or call the HTTP API` });
      }
    }

    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
    };
  },
};

export default { rules: { boundaries: rule } };
