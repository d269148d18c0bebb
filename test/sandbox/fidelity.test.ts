/**
 * Replays EVERY recorded real ActiveCampaign call (../shared/activecampaign/recordings) against a fresh sandbox and
 * compares status code and response shape (keys present + JSON value types, recursively; first array elements).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { startSandbox, type Sandbox } from '../../sandbox';
import { ACTIVECAMPAIGN_SHARED_DIR, describeWithShared, sharedAvailable } from '../helpers/shared';
import { Replayer, type RecordedCall } from './replay';
import { collectTypes, compareShape, type JsonType } from './shape';

const RECORDINGS_DIR = path.join(ACTIVECAMPAIGN_SHARED_DIR, 'recordings');

interface RecordingFile {
	file: string;
	calls: RecordedCall[];
}

const files: RecordingFile[] = sharedAvailable
	? readdirSync(RECORDINGS_DIR)
			.filter((file) => file.endsWith('.json'))
			.sort()
			.map((file) => ({ file, calls: (JSON.parse(readFileSync(path.join(RECORDINGS_DIR, file), 'utf8')) as { calls: RecordedCall[] }).calls }))
	: [];

/** Types each (normalised) field was recorded with anywhere: AC itself varies e.g. `ua` "" vs null, `relid` 1 vs "1". */
const observed = new Map<string, Set<JsonType>>();
for (const recording of files) for (const call of recording.calls) for (const [path, types] of collectTypes(call.response)) {
	if (!observed.has(path)) observed.set(path, new Set());
	for (const type of types) observed.get(path)!.add(type);
}

/** Documented exceptions (normalised path -> reason). Keep this list short and justified. */
const EXCEPTIONS: Record<string, string> = {
	'meta.page_input.cacheid': 'opaque cache key; the sandbox returns an md5 too (kept for documentation)',
};

describeWithShared('sandbox fidelity: replay of recorded ActiveCampaign calls', () => {
	let sandbox: Sandbox;
	beforeAll(async () => {
		sandbox = await startSandbox({ rateLimit: false, webhookDelivery: false });
	});
	afterAll(async () => {
		await sandbox.close();
	});

	it('found the recordings', () => {
		expect(files.length).toBeGreaterThan(0);
	});

	for (const { file, calls } of files) {
		describe(file, () => {
			let replayer: Replayer;
			beforeAll(() => {
				sandbox.reset({ seed: true });
				replayer = new Replayer(sandbox);
			});
			calls.forEach((call, i) => {
				it(`${file} #${i} ${call.method} ${call.path}`, async () => {
					const answer = await replayer.replay(call);
					const problems = compareShape(call.response, answer.body, { observed, exceptions: EXCEPTIONS });
					expect({ status: answer.status, problems, replayedAs: `${call.method} ${answer.path}` }).toEqual({
						status: call.status,
						problems: [],
						replayedAs: `${call.method} ${answer.path}`,
					});
				});
			});
		});
	}
});
