/**
 * n8n in queue mode (Redis, Postgres, main, 2 workers, 1 webhook processor) with this package, against the sandbox.
 * globalSetup starts the whole stack once (apt-get installs redis-server and postgresql when missing; needs root
 * or passwordless sudo), globalTeardown stops it and deletes its data. Files run one at a time.
 *   npm run test:queue                       QUEUE_SKIP_BUILD=1 to reuse dist/
 */
module.exports = {
	testEnvironment: 'node',
	transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.jest.json' }] },
	// Only test/queue is crawled: .dev/ holds n8n's 2.9 GB node_modules.
	roots: ['<rootDir>/test/queue'],
	modulePathIgnorePatterns: ['<rootDir>/.dev/', '<rootDir>/dist/'],
	testMatch: ['<rootDir>/test/queue/**/*.test.ts'],
	globalSetup: '<rootDir>/test/queue/globalSetup.ts',
	globalTeardown: '<rootDir>/test/queue/globalTeardown.ts',
	maxWorkers: 1,
	testTimeout: 240000,
	slowTestThreshold: 120,
	verbose: true,
};
