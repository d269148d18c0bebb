import { setBody, setBodyPath } from '../../../nodes/ActiveCampaign/shared/routing/body';

describe('body.ts: building request bodies', () => {
	it('setBodyPath sets a value at a dot path, creating the body and the objects on the way', () => {
		const request: { body?: unknown } = {};
		setBodyPath(request, 'contactTag.tag', '3');
		expect(request.body).toEqual({ contactTag: { tag: '3' } });
		setBodyPath(request, 'contactTag.contact', '1');
		setBodyPath(request, 'account.owner', '2');
		expect(request.body).toEqual({ contactTag: { tag: '3', contact: '1' }, account: { owner: '2' } });
	});

	it('setBodyPath replaces a value on the way that is not an object', () => {
		const request: { body?: unknown } = { body: { deal: 'x' } };
		setBodyPath(request, 'deal.stage', '4');
		expect(request.body).toEqual({ deal: { stage: '4' } });
	});

	it('setBody merges the defined values into the root object', () => {
		const request: { body?: unknown } = { body: { deal: { title: 'Pilot' } } };
		setBody(request, 'deal', { value: 9900, currency: undefined });
		expect(request.body).toEqual({ deal: { title: 'Pilot', value: 9900 } });
		const empty: { body?: unknown } = {};
		setBody(empty, 'note', { note: 'x' });
		expect(empty.body).toEqual({ note: { note: 'x' } });
	});
});
