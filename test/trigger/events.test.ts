import type { INodeParameters } from 'n8n-workflow';

import { ActiveCampaignTrigger } from '../../nodes/ActiveCampaignTrigger/ActiveCampaignTrigger.node';
import { DOCUMENTED_EVENTS, EXTRA_EVENTS, getEvents } from '../../nodes/ActiveCampaignTrigger/events';
import { startSandbox, type Sandbox } from '../../sandbox';
import { rig } from '../helpers/triggerRig';

let sandbox: Sandbox;

beforeAll(async () => {
	sandbox = await startSandbox({ rateLimit: false, webhookDelivery: false });
});
afterAll(async () => await sandbox.close());
beforeEach(() => sandbox.reset({ seed: true }));

function trigger(parameters: INodeParameters) {
	return rig({ nodeType: new ActiveCampaignTrigger(), parameters, credentials: { url: sandbox.url, apiToken: sandbox.token } });
}

const BASE_PARAMS: INodeParameters = { events: ['subscribe', 'update'], sources: ['public', 'admin'] };

describe('event options', () => {
	it('loads the events from GET /webhook/events, with a description each', async () => {
		const t = trigger(BASE_PARAMS);
		const options = await getEvents.call(t.loadOptionsContext());
		expect(options.map((o) => o.value).sort()).toEqual([...DOCUMENTED_EVENTS, ...EXTRA_EVENTS].sort());
		expect(options.every((o) => typeof o.description === 'string' && o.description.length > 5)).toBe(true);
		expect(options.find((o) => o.value === 'subscribe')?.name).toBe('Contact Added (subscribe)');
	});

	it('falls back to the documented list when the account cannot be asked', async () => {
		sandbox.injectFault({ path: '/api/3/webhook/events', status: 403, body: { message: 'Forbidden' } });
		const options = await getEvents.call(trigger(BASE_PARAMS).loadOptionsContext());
		expect(options.map((o) => o.value)).toEqual(expect.arrayContaining(DOCUMENTED_EVENTS));
	});
});
