import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';

const show = showFor('campaign', ['create']);

export const campaignCreateFields: INodeProperties[] = [
	{
		displayName: 'Name',
		name: 'campaignName',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. June Newsletter',
		description: 'The name of the new draft campaign',
		displayOptions: show,
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
		displayOptions: show,
		routing: { send: { type: 'body', property: 'type' } },
	},
	{
		displayName: 'Split Content',
		name: 'canSplitContent',
		type: 'boolean',
		default: false,
		description: 'Whether a split test campaign tests different content (rather than only subject lines)',
		displayOptions: show,
		routing: { send: { type: 'body', property: 'canSplitContent' } },
	},
];
