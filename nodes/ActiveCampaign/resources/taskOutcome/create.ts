import type { OperationDefinition } from '../../shared/descriptions';
import { unwrapRecord } from '../../shared/output';
import { singleRoute } from '../../shared/routing/routes';

export const create: OperationDefinition = {
	option: {
		name: 'Create',
		value: 'create',
		action: 'Create a task outcome',
		description: 'Create an outcome that users can give a task when they complete it',
		routing: singleRoute({ method: 'POST', url: '/taskOutcomes' }, { postReceive: [unwrapRecord('taskOutcome')] }),
	},
	fields: [
		{
			displayName: 'Title',
			name: 'taskOutcomeTitle',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. Interested',
			description: 'The outcome\'s name; no two outcomes may have the same title',
			routing: { send: { type: 'body', property: 'taskOutcome.title' } },
		},
		{
			displayName: 'Sentiment',
			name: 'taskOutcomeSentiment',
			type: 'options',
			options: [
				{ name: 'Positive', value: 'Positive' },
				{ name: 'Neutral', value: 'Neutral' },
				{ name: 'Negative', value: 'Negative' },
			],
			default: 'Positive',
			required: true,
			description: 'How the task went (ActiveCampaign returns it in capitals, e.g. POSITIVE)',
			routing: { send: { type: 'body', property: 'taskOutcome.sentiment' } },
		},
		{
			displayName: 'Additional Fields',
			name: 'taskOutcomeAdditionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				{
					displayName: 'Disabled',
					name: 'disabled',
					type: 'boolean',
					default: false,
					description: 'Whether to create the outcome disabled (users cannot pick it until it is enabled)',
					routing: { send: { type: 'body', property: 'taskOutcome.disabled', value: '={{ $value ? "1" : "0" }}' } },
				},
			],
		},
	],
	simplify: true,
};
