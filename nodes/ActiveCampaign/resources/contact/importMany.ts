import type { INodeProperties } from 'n8n-workflow';

import { CONTACT_CUSTOM_FIELDS, customFieldsProperty } from '../../shared/customFields/values';
import type { OperationDefinition } from '../../shared/descriptions';
import { importManyContacts } from './importMany/execute';
import { DEFAULT_MAX_BATCH_KB, MAX_CONTACTS_PER_IMPORT, MIN_ITEMS_FOR_IMPORT } from './importMany/limits';

/** The contact operations' Custom Fields picker, without its preSend: importManyContacts resolves the fields itself. */
const customFieldsWithoutRouting: INodeProperties = {
	...customFieldsProperty({
		resource: 'contact',
		operations: ['importMany'],
		source: CONTACT_CUSTOM_FIELDS,
		loadOptionsMethod: 'getContactCustomFields',
		bodyPath: 'contact.fieldValues',
		name: 'importCustomFields',
	}),
};
delete customFieldsWithoutRouting.routing;
delete customFieldsWithoutRouting.displayOptions;

export const importMany: OperationDefinition = {
	option: {
		name: 'Create or Update Many',
		value: 'importMany',
		action: 'Create or update many contacts',
		description: `Create or update all input items' contacts through the bulk importer, up to ${MAX_CONTACTS_PER_IMPORT} per request; one output item per input item`,
		// No routing: a custom operation, n8n runs execute with all input items instead of RoutingNode per item.
	},
	fields: [
		{
			displayName: `The node gathers all input items and sends them to ActiveCampaign's bulk importer, ${MAX_CONTACTS_PER_IMPORT} contacts per request, then waits for each import to finish. Below ${MIN_ITEMS_FOR_IMPORT} items it uses Create or Update for each item instead.`,
			name: 'importManyNotice',
			type: 'notice',
			default: '',
		},
		{
			displayName: 'Email',
			name: 'importEmail',
			type: 'string',
			placeholder: 'name@email.com',
			default: '',
			required: true,
			description:
				'The email address that identifies the contact: the contact with this email is updated, or created when there is none. Usually an expression that reads it from the input item.',
		},
		{
			displayName: 'Additional Fields',
			name: 'importFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				{
					displayName: 'Account Name',
					name: 'accountName',
					type: 'string',
					default: '',
					description: "The name of the contact's account (company); applied by the bulk importer only",
				},
				{
					displayName: 'First Name',
					name: 'firstName',
					type: 'string',
					default: '',
					description: "The contact's first name",
				},
				{
					displayName: 'Last Name',
					name: 'lastName',
					type: 'string',
					default: '',
					description: "The contact's last name",
				},
				{
					displayName: 'Lists',
					name: 'lists',
					type: 'string',
					default: '',
					placeholder: 'e.g. Newsletter, 3',
					description: 'Lists to subscribe the contact to: names or IDs, separated by commas (or an array from an expression)',
				},
				{
					displayName: 'Phone',
					name: 'phone',
					type: 'string',
					default: '',
					placeholder: 'e.g. +1 312 555 0100',
					description: "The contact's phone number",
				},
				{
					displayName: 'Tags',
					name: 'tags',
					type: 'string',
					default: '',
					placeholder: 'e.g. Customer, VIP',
					description: 'Tag names, separated by commas (or an array from an expression); tags that do not exist are created',
				},
			],
		},
		customFieldsWithoutRouting,
		{
			displayName: 'Options',
			name: 'importOptions',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: [
				{
					displayName: 'Batch Size',
					name: 'batchSize',
					type: 'number',
					default: MAX_CONTACTS_PER_IMPORT,
					typeOptions: { minValue: 2, maxValue: MAX_CONTACTS_PER_IMPORT },
					description: `Contacts per import request (ActiveCampaign allows up to ${MAX_CONTACTS_PER_IMPORT})`,
				},
				{
					displayName: 'Exclude Automations',
					name: 'excludeAutomations',
					type: 'boolean',
					default: false,
					description: 'Whether to keep the imported contacts out of automations their tags or lists would start (bulk importer only)',
				},
				{
					displayName: 'Max Request Size (KB)',
					name: 'maxBatchKb',
					type: 'number',
					default: DEFAULT_MAX_BATCH_KB,
					typeOptions: { minValue: 1, maxValue: DEFAULT_MAX_BATCH_KB },
					description: 'Send a batch early when its body would grow past this size (ActiveCampaign takes requests under 400,000 bytes)',
				},
				{
					displayName: 'Wait Timeout (Seconds)',
					name: 'waitTimeout',
					type: 'number',
					default: 300,
					typeOptions: { minValue: 1 },
					description: "How long to wait for an import to finish; the batch's items fail after that (the import may still finish later)",
				},
			],
		},
	],
	execute: importManyContacts,
};
