// Published code (nodes, credentials, package.json) gets n8n's own community-node config, Cloud rules included.
// Dev tooling (sandbox, tests, scripts, benchmark) is a Node program: same TypeScript rules, Node globals allowed.
import js from '@eslint/js';
import { config as n8nCommunityConfig } from '@n8n/node-cli/eslint';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const devTooling = ['sandbox/**/*.ts', 'test/**/*.ts', 'scripts/**/*.ts', 'bench/**/*.ts'];

export default [
	{ ignores: ['dist/**', 'node_modules/**', '.dev/**', 'coverage/**', '**/*.js', '**/*.mjs'] },
	...n8nCommunityConfig.map((block) => (block.files ? { ...block, ignores: [...(block.ignores ?? []), ...devTooling] } : block)),
	...tseslint.config({
		files: devTooling,
		extends: [js.configs.recommended, tseslint.configs.recommended],
		languageOptions: { globals: { ...globals.node, ...globals.jest } },
		rules: {
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
		},
	}),
];
