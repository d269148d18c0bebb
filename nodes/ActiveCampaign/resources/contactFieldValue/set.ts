import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import {
	CONTACT_CUSTOM_FIELDS,
	fetchCustomFields,
	formatForField,
	requireCustomField,
} from '../../shared/customFields/values';
import { showFor } from '../../shared/descriptions';
import { resolveRecordId } from '../../shared/locators/read';
import { RECORD_KINDS } from '../../shared/records/kinds';
import { contactLocator } from '../contact/shared';

const show = showFor('contactFieldValue', ['set']);

export const contactFieldValueSetFields: INodeProperties[] = [
	{ ...contactLocator, name: 'contactFieldValueContact', displayOptions: showFor('contactFieldValue', ['set', 'getAll']) },
	{
		displayName: 'Field Name or ID',
		name: 'field',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getContactCustomFields' },
		default: '',
		required: true,
		description:
			'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
		displayOptions: show,
	},
	{
		displayName: 'Value',
		name: 'value',
		type: 'string',
		default: '',
		description:
			'The value to store; formatted for the field type (dates as YYYY-MM-DD, multi-select fields from a comma-separated list or an array)',
		displayOptions: show,
	},
];

/** Body `{fieldValue: {contact, field, value}}`, with the field found by ID, title or tag and the value formatted. */
export async function fieldValueBody(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
	const contact = await resolveRecordId(this, 'contactFieldValueContact', RECORD_KINDS.contact);
	const fields = await fetchCustomFields(this, CONTACT_CUSTOM_FIELDS);
	const field = requireCustomField(this, fields, CONTACT_CUSTOM_FIELDS, this.getNodeParameter('field', ''), 'Field Name or ID');
	const value = formatForField(this, field, CONTACT_CUSTOM_FIELDS, this.getNodeParameter('value', ''));
	const body: IDataObject = { fieldValue: { contact, field: String(field.id), value } };
	requestOptions.body = body;
	return requestOptions;
}
