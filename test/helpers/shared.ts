import { existsSync } from 'node:fs';
import path from 'node:path';

/** CI lays `shared/` beside the checkout; tests read reference data from there and never copy it in. */
export const SHARED_DIR = path.resolve(__dirname, '..', '..', '..', 'shared');
export const ACTIVECAMPAIGN_SHARED_DIR = path.join(SHARED_DIR, 'activecampaign');

export const sharedAvailable = existsSync(ACTIVECAMPAIGN_SHARED_DIR);

if (!sharedAvailable && process.env.CI) {
	// CI always has ../shared beside the checkout: its absence is a broken run, not a reason to skip.
	throw new Error(`${ACTIVECAMPAIGN_SHARED_DIR} is missing: CI must lay shared/ beside the checkout`);
}

/** `describe` when ../shared exists (outside CI: otherwise a skipped block that says why). */
export const describeWithShared: jest.Describe = sharedAvailable
	? describe
	: (((name: string, fn: () => void) =>
			describe.skip(`${name} (skipped: ${ACTIVECAMPAIGN_SHARED_DIR} is absent)`, fn)) as unknown as jest.Describe);
