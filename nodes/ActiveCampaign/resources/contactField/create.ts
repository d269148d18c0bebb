import type { IExecuteSingleFunctions, IN8nHttpFullResponse, INodeExecutionData } from 'n8n-workflow';

import type { OperationDefinition } from '../../shared/descriptions';
import { singleRoute } from '../../shared/routing/routes';
import {
	addOptions,
	addRelations,
	fieldOptionsProperty,
	fieldSettingOptions,
	listIds,
	optionEntries,
	savedField,
	savedFieldOutput,
	showOnListsProperty,
} from './shared';

/** Field types whose values come from a list of options. */
const OPTION_FIELD_TYPES = ['checkbox', 'dropdown', 'listbox', 'radio'];

/**
 * After POST /fields: the options (dropdown, radio, checkbox, list box) go to /fieldOption/bulk and the
 * lists the field shows on to /fieldRels (no list chosen = all lists, relid 0, as ActiveCampaign's app does).
 */
async function completeCreatedField(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	const { body, fieldId } = savedField(items, response);
	const type = String(this.getNodeParameter('fieldType', '') ?? '');
	const entries = OPTION_FIELD_TYPES.includes(type) ? optionEntries(this, 'contactFieldFieldOptions') : [];
	const fieldOptions = await addOptions(this, fieldId, entries);
	const lists = listIds(this, 'contactFieldShowOnLists');
	const fieldRels = await addRelations(this, fieldId, lists.length ? lists : ['0']);
	return savedFieldOutput(this, body, fieldOptions, fieldRels);
}

export const create: OperationDefinition = {
	option: {
		name: 'Create',
		value: 'create',
		action: 'Create a contact custom field',
		description: 'Create a contact custom field, with its options (dropdown, radio, checkbox, list box) and the lists it shows on',
		routing: singleRoute({ method: 'POST', url: '/fields' }, { postReceive: [completeCreatedField] }),
	},
	fields: [
		{
			displayName: 'Title',
			name: 'contactFieldTitle',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. Favorite Color',
			description: 'The name of the field, unique among contact fields',
			routing: { send: { type: 'body', property: 'field.title' } },
		},
		{
			displayName: 'Type',
			name: 'fieldType',
			type: 'options',
			options: [
				{ name: 'Checkbox (Multi-Select)', value: 'checkbox' },
				{ name: 'Date', value: 'date' },
				{ name: 'Date and Time', value: 'datetime' },
				{ name: 'Dropdown', value: 'dropdown' },
				{ name: 'Hidden', value: 'hidden' },
				{ name: 'List Box (Multi-Select)', value: 'listbox' },
				{ name: 'Number', value: 'number' },
				{ name: 'Radio Buttons', value: 'radio' },
				{ name: 'Text', value: 'text' },
				{ name: 'Text Area', value: 'textarea' },
			],
			default: 'text',
			required: true,
			description: 'The kind of value the field holds',
			routing: { send: { type: 'body', property: 'field.type' } },
		},
		{
			...fieldOptionsProperty('contactFieldFieldOptions', 'Options', 'The choices of a dropdown, radio, checkbox or list box field'),
			displayOptions: { show: { fieldType: OPTION_FIELD_TYPES } },
		},
		{
			...showOnListsProperty,
			name: 'contactFieldShowOnLists',
			description:
				'The lists whose contacts have this field; leave empty to show it on all lists. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
		{
			displayName: 'Additional Fields',
			name: 'contactFieldAdditionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: fieldSettingOptions,
		},
	],
	simplify: true,
};
