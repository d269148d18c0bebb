import { rl } from '../../helpers/requests';
import { errorText, threeItems } from '../../helpers/results';
import { continueOnFail, useSandbox } from '../../helpers/sandbox';
import { runNode } from '../../helpers/runNode';
import { ActiveCampaign } from '../../../nodes/ActiveCampaign/ActiveCampaign.node';
import { EVENT_TRACKING_ACCOUNT_ID, EVENT_TRACKING_KEY } from '../../../sandbox/resources/eventTracking';

describe('event > track', () => {
	const ac = useSandbox();
	const track = { resource: 'event', operation: 'track', eventTrackName: rl('purchased_plan', 'name'), eventTrackEmail: 'ada.lovelace@example.org' };
	const trackcmp = () => ac.sandbox.requests.filter((request) => request.path === '/trackcmp/event');

	it('posts the event form-encoded to the tracking endpoint, with the credential fields and without the API token', async () => {
		const result = await ac.run({ ...track, eventTrackData: 'Team plan' });
		expect(result.json).toEqual([{ tracked: true, event: 'purchased_plan', email: 'ada.lovelace@example.org', eventdata: 'Team plan', message: 'Event spawned' }]);
		expect(trackcmp()).toHaveLength(1);
		expect(trackcmp()[0].body).toEqual({
			actid: EVENT_TRACKING_ACCOUNT_ID,
			key: EVENT_TRACKING_KEY,
			event: 'purchased_plan',
			eventdata: 'Team plan',
			visit: '{"email":"ada.lovelace@example.org"}',
		});
		const [tracked] = ac.sandbox.store.table('trackedEvents').all();
		expect(tracked).toMatchObject({ event: 'purchased_plan', email: 'ada.lovelace@example.org', contact: '1', apiTokenSent: false });
		// Nothing went to API v3.
		expect(ac.sandbox.requests.filter((request) => request.path.startsWith('/api/3'))).toHaveLength(0);
	});

	it('one event per item, no Event Data when empty', async () => {
		const result = await ac.run({ ...track, eventTrackEmail: '={{ "user" + $json.n + "@example.com" }}' }, { input: threeItems });
		expect(result.json.map((item) => item.email)).toEqual(['user1@example.com', 'user2@example.com', 'user3@example.com']);
		expect(trackcmp().map((request) => (request.body as Record<string, unknown>).eventdata)).toEqual([undefined, undefined, undefined]);
	});

	describe('bad input', () => {
		it('without the credential fields: an error naming them and where to find them, nothing sent', async () => {
			const result = await runNode({
				nodeType: new ActiveCampaign(),
				parameters: track,
				credentials: { url: ac.sandbox.url, apiToken: ac.sandbox.token },
			});
			const text = errorText(result);
			expect(text).toContain('Event > Track needs the credential fields "Event Tracking Account ID" and "Event Key"');
			expect(text).toContain('Settings > Tracking > Event Tracking');
			expect(ac.sandbox.requests).toHaveLength(0);
		});

		it('a wrong event key: the tracking endpoint refuses (400), the error names the credential fields', async () => {
			const result = await runNode({
				nodeType: new ActiveCampaign(),
				parameters: track,
				credentials: { ...ac.credentials, eventTrackingSecretKey: 'wrong' },
			});
			const text = errorText(result);
			expect(text).toContain("ActiveCampaign's event tracking refused the event");
			expect(text).toContain('"Event Key"');
			expect(text).not.toContain('wrong');
		});

		it('an answer without success fails the item; a name over 32 characters and a bad email fail before sending (Continue On Fail)', async () => {
			ac.sandbox.injectFault({ method: 'POST', path: '/trackcmp/event', status: 200, body: { success: 0, message: 'Invalid key' } });
			expect(errorText(await ac.run(track))).toContain('ActiveCampaign did not track the event "purchased_plan": "Invalid key"');
			ac.clearRequests();
			const result = await ac.run(
				{ ...track, eventTrackName: rl('={{ $json.n === 1 ? "x".repeat(33) : "ok" }}', 'name'), eventTrackEmail: '={{ $json.n === 2 ? "not-an-email" : "a@example.com" }}' },
				{ input: threeItems, settings: continueOnFail },
			);
			expect(String(result.json[0].error)).toContain('longer than 32 characters');
			expect(String(result.json[1].error)).toContain('"not-an-email" in the field "Contact Email" is not a valid email address');
			expect(result.json[2]).toMatchObject({ tracked: true, event: 'ok' });
			expect(trackcmp()).toHaveLength(1);
		});
	});
});
