/** Unit and integration tests: nodes run through n8n-core's WorkflowExecute against the sandbox on 127.0.0.1. */
module.exports = {
	testEnvironment: 'node',
	transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.jest.json' }] },
	// Only test/ is crawled: .dev/ holds a whole n8n install.
	roots: ['<rootDir>/test'],
	testMatch: ['<rootDir>/test/**/*.test.ts'],
	testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/e2e/', '<rootDir>/test/queue/'],
	modulePathIgnorePatterns: ['<rootDir>/dist/', '<rootDir>/.dev/'],
	setupFiles: ['<rootDir>/test/helpers/jestEnv.ts'],
	testTimeout: 60000,
};
