/** test/helpers/shared.ts: tests that read ../shared never pass by skipping in CI. */
type SharedModule = typeof import('./shared');

/** Loads a fresh copy of shared.ts with CI set or not and ../shared/activecampaign present or not. */
async function loadShared(ci: string | undefined, present: boolean): Promise<SharedModule> {
	const before = process.env.CI;
	if (ci === undefined) delete process.env.CI;
	else process.env.CI = ci;
	try {
		let loaded: SharedModule | undefined;
		await jest.isolateModulesAsync(async () => {
			jest.doMock('node:fs', () => ({ ...jest.requireActual<typeof import('node:fs')>('node:fs'), existsSync: () => present }));
			loaded = await import('./shared');
		});
		return loaded!;
	} finally {
		if (before === undefined) delete process.env.CI;
		else process.env.CI = before;
		jest.dontMock('node:fs');
	}
}

describe('shared.ts', () => {
	it('fails to load in CI when ../shared is missing', async () => {
		await expect(loadShared('true', false)).rejects.toThrow(/is missing: CI must lay shared\/ beside the checkout/);
	});

	it('in CI with ../shared, describeWithShared is describe itself', async () => {
		const shared = await loadShared('true', true);
		expect(shared.sharedAvailable).toBe(true);
		expect(shared.describeWithShared).toBe(describe);
	});

	it('outside CI without ../shared, the block is skipped under a name that says why', async () => {
		const shared = await loadShared(undefined, false);
		expect(shared.sharedAvailable).toBe(false);
		expect(shared.describeWithShared).not.toBe(describe);
		const skip = jest.spyOn(describe, 'skip').mockImplementation(() => undefined);
		try {
			shared.describeWithShared('a block', () => undefined);
			expect(skip).toHaveBeenCalledWith(expect.stringContaining(`a block (skipped: ${shared.ACTIVECAMPAIGN_SHARED_DIR} is absent)`), expect.any(Function));
		} finally {
			skip.mockRestore();
		}
	});
});
