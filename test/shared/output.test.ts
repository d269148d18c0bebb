import { withoutLinks } from '../../nodes/ActiveCampaign/shared/output';

describe('output.ts', () => {
	it('withoutLinks drops links and keeps the rest, leaving the record itself alone', () => {
		const record = { id: '1', name: 'x', links: { notes: 'https://…/notes' } };
		expect(withoutLinks(record)).toEqual({ id: '1', name: 'x' });
		expect(record.links).toBeDefined();
		expect(withoutLinks({ id: '2' })).toEqual({ id: '2' });
	});
});
