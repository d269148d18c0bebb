import type {
	IDataObject,
	IExecuteSingleFunctions,
	IN8nHttpFullResponse,
	INodeExecutionData,
} from 'n8n-workflow';

import type { OperationDefinition } from '../../shared/descriptions';
import { bodyRoot } from '../../shared/routing/body';
import { singleRoute } from '../../shared/routing/routes';
import { apiRequest } from '../../shared/transport/request';
import {
	addOptions,
	addRelations,
	contactFieldId,
	fieldOptionsProperty,
	fieldSettingOptions,
	listIds,
	optionEntries,
	savedField,
	savedFieldOutput,
	showOnListsProperty,
} from './shared';

/** After PUT /fields/{id}: new options are added, and the field is shown on lists it is not yet shown on. */
async function completeUpdatedField(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	const { body, fieldId } = savedField(items, response);
	const fieldOptions = await addOptions(this, fieldId, optionEntries(this, 'contactFieldUpdateFieldOptions'));
	let lists = listIds(this, 'contactFieldUpdateShowOnLists');
	if (lists.length) {
		const current = await apiRequest.call(this, 'GET', `/fields/${fieldId}`);
		const shownOn = new Set(((current.fieldRels as IDataObject[] | undefined) ?? []).map((rel) => String(rel.relid)));
		lists = lists.filter((list) => !shownOn.has(list) && !shownOn.has('0'));
	}
	const fieldRels = await addRelations(this, fieldId, lists);
	return savedFieldOutput(this, body, fieldOptions, fieldRels);
}

export const update: OperationDefinition = {
	option: {
		name: 'Update',
		value: 'update',
		action: 'Update a contact custom field',
		description: 'Rename a contact custom field, change its settings, add options or show it on more lists',
		routing: singleRoute({ method: 'PUT', url: '/fields/{field}' }, { preSend: [contactFieldId, bodyRoot('field')], postReceive: [completeUpdatedField] }),
	},
	fields: [
		{
			displayName: 'Update Fields',
			name: 'contactFieldUpdateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				...fieldSettingOptions,
				{
					displayName: 'Title',
					name: 'title',
					type: 'string',
					default: '',
					description: 'A new name for the field',
					routing: { send: { type: 'body', property: 'field.title' } },
				},
			],
		},
		fieldOptionsProperty('contactFieldUpdateFieldOptions', 'Add Options', 'Choices to add to a dropdown, radio, checkbox or list box field'),
		{
			...showOnListsProperty,
			name: 'contactFieldUpdateShowOnLists',
			description:
				'Lists to also show the field on; leave empty to keep its lists as they are. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
	],
	simplify: true,
};
