import type { OperationDefinition } from '../../shared/descriptions';
import { unwrapRecord } from '../../shared/output';
import { singleRoute } from '../../shared/routing/routes';
import { campaignId, campaignReport } from './shared';

export const get: OperationDefinition = {
	option: {
		name: 'Get',
		value: 'get',
		action: 'Get a campaign',
		description: 'Get a campaign with its report: sends, opens, unique opens, clicks, bounces, unsubscribes, open and click rates',
		routing: singleRoute(
			{ method: 'GET', url: '/campaigns/{campaign}' },
			{ preSend: [campaignId('/campaigns/{campaign}')], postReceive: [campaignReport, unwrapRecord('campaign')] },
		),
	},
	simplify: true,
};
