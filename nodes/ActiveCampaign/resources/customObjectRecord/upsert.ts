import type { OperationDefinition } from '../../shared/descriptions';
import { unwrapRecord } from '../../shared/output';
import { singleRoute } from '../../shared/routing/routes';
import { fieldsByName, SCHEMA_PARAMETER } from './shared';
import { recordBody } from './values';

const dependsOnSchema = [`${SCHEMA_PARAMETER}.value`];

export const upsert: OperationDefinition = {
	option: {
		name: 'Create or Update',
		value: 'upsert',
		action: 'Create or update a custom object record',
		description: 'Create a new record, or update the current one if it already exists (upsert)',
		routing: singleRoute(
			{ method: 'POST', url: '/customObjects/records/{customObjectRecordSchema}' },
			{ preSend: [recordBody], postReceive: [unwrapRecord('record'), fieldsByName] },
		),
	},
	fields: [
		{
			displayName: 'External ID',
			name: 'customObjectRecordExternalId',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. order-1001',
			description: 'The ID of the record in your system. A record of the schema with this external ID is updated; otherwise one is created.',
		},
		{
			displayName: 'Fields',
			name: 'customObjectRecordFields',
			type: 'fixedCollection',
			typeOptions: { multipleValues: true },
			placeholder: 'Add Field',
			default: {},
			description:
				"Values of the schema's fields. Numbers as numbers, dates as YYYY-MM-DD, date-times ISO 8601, dropdowns one of their options, multiselects a comma-separated list or an array. An empty value clears the field.",
			options: [
				{
					displayName: 'Field',
					name: 'field',
					values: [
						{
							displayName: 'Field Name or ID',
							name: 'field',
							type: 'options',
							typeOptions: { loadOptionsMethod: 'getCustomObjectFields', loadOptionsDependsOn: dependsOnSchema },
							default: '',
							description:
								'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
						},
						{
							displayName: 'Value',
							name: 'value',
							type: 'string',
							default: '',
							description: 'The value, in the format of the field type (see above)',
						},
					],
				},
			],
		},
		{
			displayName: 'Relationships',
			name: 'customObjectRecordRelationships',
			type: 'fixedCollection',
			typeOptions: { multipleValues: true },
			placeholder: 'Add Relationship',
			default: {},
			description: 'The contacts, accounts, deals or other records the record belongs to, as the schema defines them',
			options: [
				{
					displayName: 'Relationship',
					name: 'relationship',
					values: [
						{
							displayName: 'Relationship Name or ID',
							name: 'relationship',
							type: 'options',
							typeOptions: { loadOptionsMethod: 'getCustomObjectRelationships', loadOptionsDependsOn: dependsOnSchema },
							default: '',
							description:
								'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
						},
						{
							displayName: 'Record IDs',
							name: 'ids',
							type: 'string',
							default: '',
							placeholder: 'e.g. 14 or ada@example.com',
							description: 'IDs of the related records, separated by commas (contacts also by email)',
						},
					],
				},
			],
		},
	],
	simplify: true,
};
