import type { OperationDefinition } from '../../shared/descriptions';
import { singleRoute } from '../../shared/routing/routes';

export const create: OperationDefinition = {
	option: {
		name: 'Create',
		value: 'create',
		action: 'Create a campaign',
		description: 'Create a draft campaign (its message, lists and schedule are set in ActiveCampaign)',
		routing: singleRoute({ method: 'POST', url: '/campaign' }),
	},
	fields: [
		{
			displayName: 'Name',
			name: 'campaignName',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. June Newsletter',
			description: 'The name of the new draft campaign',
			routing: { send: { type: 'body', property: 'name' } },
		},
		{
			displayName: 'Type',
			name: 'campaignType',
			type: 'options',
			options: [
				{ name: 'Auto Responder', value: 'responder' },
				{ name: 'Date Based', value: 'reminder' },
				{ name: 'Recurring', value: 'recurring' },
				{ name: 'RSS Triggered', value: 'activerss' },
				{ name: 'Single (Standard)', value: 'single' },
				{ name: 'Split Test', value: 'split' },
				{ name: 'Text Only', value: 'text' },
			],
			default: 'single',
			description: 'The kind of campaign',
			routing: { send: { type: 'body', property: 'type' } },
		},
		{
			displayName: 'Split Content',
			name: 'canSplitContent',
			type: 'boolean',
			default: false,
			description: 'Whether a split test campaign tests different content (rather than only subject lines)',
			routing: { send: { type: 'body', property: 'canSplitContent' } },
		},
	],
};
