import { continueOnFail, useSandbox } from '../helpers/sandbox';
import { OPERATIONS, within } from './operationCatalog';

/**
 * Every operation with 6 items at once against the sandbox at ActiveCampaign's real limit (5 requests/second):
 * each run ends, and afterwards another request still gets through. A request that waited on a slot its own
 * operation held (as Contact Custom Field > Create once did from its postReceive) would hang here, and a slot
 * never given back would starve the operations after it.
 */
describe('no operation can stall the rate lane (6 items at once, every operation)', () => {
	const ac = useSandbox({ rateLimit: 5 }, { resetEachTest: false });
	const input = Array.from({ length: 6 }, (_, index) => ({ json: { index } }));

	it('knows every operation of the node', () => {
		expect(OPERATIONS.length).toBeGreaterThan(100);
	});

	it.each(OPERATIONS.map((operation) => [operation.name, operation] as const))('%s', async (name, operation) => {
		const result = await within(60_000, name, ac.run(operation.parameters, { input, settings: continueOnFail }));
		expect(result.run.finished).toBe(true);
		const probe = await within(10_000, `a request after ${name}`, ac.run({ resource: 'user', operation: 'getMe' }));
		expect(probe.error).toBeUndefined();
		expect(probe.json[0]).toMatchObject({ id: '1' });
	});
});
