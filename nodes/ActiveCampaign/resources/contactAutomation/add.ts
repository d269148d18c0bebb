import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeExecutionData } from 'n8n-workflow';

import type { OperationDefinition } from '../../shared/descriptions';
import { failItem } from '../../shared/errors/failItem';
import { resolveRecordId } from '../../shared/locators/read';
import { itemState } from '../../shared/memo/itemState';
import { unwrapRecord } from '../../shared/output';
import { RECORD_KINDS } from '../../shared/records/kinds';
import { singleRoute } from '../../shared/routing/routes';
import { apiRequest } from '../../shared/transport/request';
import { active, enrolments } from './shared';

/**
 * Resolves contact and automation; unless "Enrol Again" is on, a contact already in the automation is not
 * enrolled again: the request becomes a read of the existing enrolment, marked alreadyEnrolled.
 */
async function enrolOnce(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const contact = await resolveRecordId(this, 'contactAutomationContact', RECORD_KINDS.contact);
	const automation = await resolveRecordId(this, 'contactAutomationAutomation', RECORD_KINDS.automation);
	const enrolAgain = this.getNodeParameter('options.enrolAgain', false) as boolean;
	const record = ((await apiRequest.call(this, 'GET', `/automations/${automation}`)).automation ?? {}) as IDataObject;
	if (String(record.status) !== '1') {
		failItem(
			this,
			`The automation "${String(record.name ?? automation)}" is not active, so contacts cannot be added to it`,
			'Activate the automation in ActiveCampaign first (status 1 = active).',
		);
	}
	const existing = enrolAgain ? undefined : (await enrolments(this, contact, automation)).find(active);
	itemState(this).alreadyEnrolled = existing !== undefined;
	if (existing) {
		requestOptions.method = 'GET';
		requestOptions.url = `/contactAutomations/${String(existing.id)}`;
		delete requestOptions.body;
		return requestOptions;
	}
	requestOptions.body = { contactAutomation: { contact, automation } };
	return requestOptions;
}

async function markEnrolment(this: IExecuteSingleFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	const alreadyEnrolled = itemState(this).alreadyEnrolled === true;
	return items.map((item) => ({ ...item, json: { ...item.json, alreadyEnrolled } }));
}

export const add: OperationDefinition = {
	option: {
		name: 'Add',
		value: 'add',
		action: 'Add a contact to an automation',
		description: 'Enrol a contact (ID or email) in an automation (by name); a contact already in it is not enrolled twice',
		routing: singleRoute({ method: 'POST', url: '/contactAutomations' }, { preSend: [enrolOnce], postReceive: [unwrapRecord('contactAutomation'), markEnrolment] }),
	},
	fields: [
		{
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: [
				{
					displayName: 'Enrol Again If Already In It',
					name: 'enrolAgain',
					type: 'boolean',
					default: false,
					description:
						'Whether to enrol the contact even when they are already in the automation. Off (default): the existing enrolment is returned with alreadyEnrolled: true.',
				},
			],
		},
	],
	simplify: true,
};
