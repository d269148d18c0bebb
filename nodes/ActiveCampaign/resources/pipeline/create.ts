import type { OperationDefinition } from '../../shared/descriptions';
import { unwrapRecord } from '../../shared/output';
import { singleRoute } from '../../shared/routing/routes';
import { pipelineCurrency, pipelineOptions } from './shared';

export const create: OperationDefinition = {
	option: {
		name: 'Create',
		value: 'create',
		action: 'Create a pipeline',
		description: 'Create a deal pipeline; it starts with three stages (To Contact, In Contact, Follow Up)',
		routing: singleRoute({ method: 'POST', url: '/dealGroups' }, { postReceive: [unwrapRecord('dealGroup')] }),
	},
	fields: [
		{
			displayName: 'Title',
			name: 'pipelineTitle',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. Enterprise Sales',
			routing: { send: { type: 'body', property: 'dealGroup.title' } },
		},
		pipelineCurrency,
		{
			displayName: 'Additional Fields',
			name: 'pipelineAdditionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: pipelineOptions,
		},
	],
	simplify: true,
};
