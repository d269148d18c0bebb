import { legacyResource } from '../../shared/descriptions';
import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { simplifyOption } from '../../shared/descriptions';
import { itemState } from '../../shared/memo/itemState';
import { resolveIds, resolveRecordId } from '../../shared/locators/read';
import { failItem } from '../../shared/errors/failItem';
import { unwrapList, unwrapRecord } from '../../shared/output';
import { RECORD_KINDS } from '../../shared/records/kinds';
import { singleRoute } from '../../shared/routing/routes';
import { takeLimit } from '../../shared/routing/subLists';
import { apiRequest } from '../../shared/transport/request';
import { contactAutomationAddFields } from './add';
import { contactAutomationGetAllFields } from './getAll';

/** An enrolment that has not finished (status "2" = completed). */
const active = (enrolment: IDataObject) => String(enrolment.status) !== '2';

async function enrolments(context: IExecuteSingleFunctions, contact: string, automation: string): Promise<IDataObject[]> {
	const page = await apiRequest.call(context, 'GET', `/contacts/${contact}/contactAutomations`);
	return ((page.contactAutomations as IDataObject[] | undefined) ?? []).filter(
		(entry) => String(entry.seriesid ?? entry.automation) === automation,
	);
}

/**
 * add: resolves contact and automation; unless "Enrol Again" is on, a contact already in the automation is not
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

/** remove: finds the contact's enrolment in the automation (the one in progress first). */
async function findEnrolment(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const contact = await resolveRecordId(this, 'contactAutomationContact', RECORD_KINDS.contact);
	const automation = await resolveRecordId(this, 'contactAutomationAutomation', RECORD_KINDS.automation);
	const found = await enrolments(this, contact, automation);
	const enrolment = found.find(active) ?? found[0];
	if (!enrolment) failItem(this, `Contact ${contact} is not in automation ${automation}`, 'Nothing to remove: the contact was never enrolled, or has been removed already.');
	itemState(this).removed = { contact, automation, contactAutomation: String(enrolment.id) };
	requestOptions.url = `/contactAutomations/${String(enrolment.id)}`;
	return requestOptions;
}

async function removedOutput(this: IExecuteSingleFunctions): Promise<INodeExecutionData[]> {
	return [{ json: { removed: true, ...(itemState(this).removed as IDataObject) } }];
}

export const contactAutomationDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['contactAutomation'] } },
		options: [
			{
				name: 'Add',
				value: 'add',
				action: 'Add a contact to an automation',
				description: 'Enrol a contact (ID or email) in an automation (by name); a contact already in it is not enrolled twice',
				routing: singleRoute({ method: 'POST', url: '/contactAutomations' }, { preSend: [enrolOnce], postReceive: [unwrapRecord('contactAutomation'), markEnrolment] }),
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many of a contact s automations',
				description: 'List the automations a contact is or was in (seriesid is the automation ID; status 1 = in progress, 2 = completed)',
				routing: singleRoute(
					{ method: 'GET', url: '/contacts/{contactAutomationContact}/contactAutomations' },
					{
						preSend: [resolveIds([{ parameter: 'contactAutomationContact', kind: RECORD_KINDS.contact }], '/contacts/{contactAutomationContact}/contactAutomations')],
						postReceive: [unwrapList('contactAutomations'), takeLimit()],
					},
				),
			},
			{
				name: 'Remove',
				value: 'remove',
				action: 'Remove a contact from an automation',
				description: 'End a contact’s enrolment in an automation',
				routing: singleRoute({ method: 'DELETE', url: '/contactAutomations/{id}' }, { preSend: [findEnrolment], postReceive: [removedOutput] }),
			},
		],
		default: 'add',
	},
	...contactAutomationAddFields,
	...contactAutomationGetAllFields,
	simplifyOption('contactAutomation', ['add', 'getAll']),
];

/** Until this resource has one file per operation. */
export const contactAutomation = legacyResource('Contact Automation', 'contactAutomation', 'Enrolments of contacts in automations', contactAutomationDescription);
