/**
 * The editor in a real browser: Debian's Chromium (apt-get installs `chromium` when missing; never a browser
 * download) driven by playwright-core, against a real n8n with this package and the sandbox, both started by the
 * test itself on free 127.0.0.1 ports (see test/ui/stack.ts) and stopped afterwards, also when a step fails.
 *   npm run test:ui                          UI_SKIP_BUILD=1 to reuse dist/
 *   npm run screenshots                      the same run; also writes the README's screenshots (docs/screenshots)
 * Files are test/ui/*.ui.ts (not *.test.ts: the unit run must not pick them up).
 */
module.exports = {
	testEnvironment: 'node',
	transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.jest.json' }] },
	// Only test/ui is crawled: .dev/ holds n8n's 2.9 GB node_modules.
	roots: ['<rootDir>/test/ui'],
	modulePathIgnorePatterns: ['<rootDir>/.dev/', '<rootDir>/dist/'],
	testMatch: ['<rootDir>/test/ui/**/*.ui.ts'],
	maxWorkers: 1,
	testTimeout: 180000,
	slowTestThreshold: 60,
	verbose: true,
};
