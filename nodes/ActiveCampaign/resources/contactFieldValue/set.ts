import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import {
	CONTACT_CUSTOM_FIELDS,
	fetchCustomFields,
	formatForField,
	requireCustomField,
} from '../../shared/customFields/values';
import type { OperationDefinition } from '../../shared/descriptions';
import { resolveRecordId } from '../../shared/locators/read';
import { unwrapRecord } from '../../shared/output';
import { contactFieldTitles } from '../../shared/output/fieldTitles';
import { RECORD_KINDS } from '../../shared/records/kinds';
import { singleRoute } from '../../shared/routing/routes';

/** Body `{fieldValue: {contact, field, value}}`, with the field found by ID, title or tag and the value formatted. */
async function fieldValueBody(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
	const contact = await resolveRecordId(this, 'contactFieldValueContact', RECORD_KINDS.contact);
	const fields = await fetchCustomFields(this, CONTACT_CUSTOM_FIELDS);
	const field = requireCustomField(this, fields, CONTACT_CUSTOM_FIELDS, this.getNodeParameter('field', ''), 'Field Name or ID');
	const value = formatForField(this, field, CONTACT_CUSTOM_FIELDS, this.getNodeParameter('value', ''));
	const body: IDataObject = { fieldValue: { contact, field: String(field.id), value } };
	requestOptions.body = body;
	return requestOptions;
}

export const set: OperationDefinition = {
	option: {
		name: 'Set',
		value: 'set',
		action: 'Set a custom field value of a contact',
		description: 'Set the value of one custom field (picked by name) for a contact, replacing any value it had',
		routing: singleRoute({ method: 'POST', url: '/fieldValues' }, { preSend: [fieldValueBody, contactFieldTitles()], postReceive: [unwrapRecord('fieldValue')] }),
	},
	fields: [
		{
			displayName: 'Field Name or ID',
			name: 'field',
			type: 'options',
			typeOptions: { loadOptionsMethod: 'getContactCustomFields' },
			default: '',
			required: true,
			description:
				'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
		},
		{
			displayName: 'Value',
			name: 'value',
			type: 'string',
			default: '',
			description:
				'The value to store; formatted for the field type (dates as YYYY-MM-DD, multi-select fields from a comma-separated list or an array)',
		},
	],
	simplify: true,
};
