import { ActiveCampaign } from '../../nodes/ActiveCampaign/ActiveCampaign.node';
import { FAULT_MODES, startFaultServer, type FaultMode } from '../helpers/faultServer';
import { runNode } from '../helpers/runNode';
import { continueOnFail } from '../helpers/sandbox';
import { inPool, OPERATIONS, within } from './operationCatalog';

const TOKEN = 'fault-test-token-7f3a9c';
const nodeType = new ActiveCampaign();
/** Operations of a mode at once; each has its own server (port), so its own rate lane. */
const CONCURRENT_OPERATIONS = 24;
/** Internal failures that would mean a crash, not an answer to the user. */
const CRASH = /cannot read prop|is not a function|is not iterable|undefined is not|\[object Object\]/i;

interface Outcome {
	operation: string;
	problem?: string;
}

async function runAgainst(mode: FaultMode, operation: (typeof OPERATIONS)[number]): Promise<Outcome> {
	const server = await startFaultServer(mode);
	try {
		const parameters = { ...operation.parameters, requestOptions: { timeout: 1000 } };
		const result = await within(
			90_000,
			`${operation.name} against "${mode}"`,
			runNode({
				nodeType,
				parameters,
				credentials: { url: server.url, apiToken: TOKEN },
				input: [{ json: { index: 0 } }, { json: { index: 1 } }],
				settings: continueOnFail,
			}),
		);
		const text = JSON.stringify(result.items) + JSON.stringify(result.error ?? {});
		if (text.includes(TOKEN)) return { operation: operation.name, problem: 'the API token appears in the output' };
		if (!result.run.finished) return { operation: operation.name, problem: 'the run did not finish' };
		const errors = result.items.map((item) => (item.json as { error?: unknown }).error).filter((error) => error !== undefined);
		for (const error of errors) {
			if (typeof error !== 'string' || error.trim() === '') return { operation: operation.name, problem: `an empty error: ${JSON.stringify(error)}` };
			if (CRASH.test(error)) return { operation: operation.name, problem: `a crash: ${error}` };
		}
		// An empty 200 is a fine answer to a DELETE; every other broken answer must fail both items.
		const deletes = /delete|remove/i.test(operation.operation);
		if (!(mode === 'empty-body' && deletes) && errors.length !== 2) {
			return { operation: operation.name, problem: `${errors.length} error items for 2 items: ${JSON.stringify(result.items).slice(0, 300)}` };
		}
		return { operation: operation.name };
	} catch (error) {
		return { operation: operation.name, problem: (error as Error).message };
	} finally {
		await server.close();
	}
}

/**
 * Every operation against servers that answer 500, 429 without Retry-After, broken JSON, an HTML page, an empty
 * body, a dropped connection, nothing at all, or a body that never ends (with a 1 s timeout): every item ends as
 * an error item (Continue On Fail) with a message, the run finishes, and the token never shows.
 */
describe('every operation ends when ActiveCampaign answers badly', () => {
	it.each(FAULT_MODES.map((mode) => [mode]))('%s', async (mode) => {
		const outcomes: Outcome[] = [];
		await inPool(OPERATIONS, CONCURRENT_OPERATIONS, async (operation) => {
			outcomes.push(await runAgainst(mode, operation));
		});
		expect(outcomes).toHaveLength(OPERATIONS.length);
		expect(outcomes.filter((outcome) => outcome.problem)).toEqual([]);
	}, 300_000);
});
