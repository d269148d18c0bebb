/**
 * End-to-end tests in a real n8n server (Node 24 + n8n from .dev/, see scripts/n8n/install.ts).
 * globalSetup installs n8n on first use, builds the package, installs it into a fresh n8n user folder and starts
 * one n8n for all test files (each file starts its own sandbox and credential). Files run one at a time.
 *   npm run test:e2e                         E2E_SKIP_BUILD=1 to reuse dist/
 */
module.exports = {
	testEnvironment: 'node',
	transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.jest.json' }] },
	// Only test/e2e is crawled: .dev/ holds n8n's 2.9 GB node_modules and user folders.
	roots: ['<rootDir>/test/e2e'],
	modulePathIgnorePatterns: ['<rootDir>/.dev/', '<rootDir>/dist/'],
	testMatch: ['<rootDir>/test/e2e/**/*.test.ts'],
	globalSetup: '<rootDir>/test/e2e/globalSetup.ts',
	globalTeardown: '<rootDir>/test/e2e/globalTeardown.ts',
	maxWorkers: 1,
	testTimeout: 180000,
	slowTestThreshold: 60,
	verbose: true,
};
