import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeExecutionData } from 'n8n-workflow';

import type { OperationDefinition } from '../../shared/descriptions';
import { failItem } from '../../shared/errors/failItem';
import { resolveRecordId } from '../../shared/locators/read';
import { itemState } from '../../shared/memo/itemState';
import { RECORD_KINDS } from '../../shared/records/kinds';
import { singleRoute } from '../../shared/routing/routes';
import { active, enrolments } from './shared';

/** Finds the contact's enrolment in the automation (the one in progress first). */
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

export const remove: OperationDefinition = {
	option: {
		name: 'Remove',
		value: 'remove',
		action: 'Remove a contact from an automation',
		description: 'End a contact’s enrolment in an automation',
		routing: singleRoute({ method: 'DELETE', url: '/contactAutomations/{id}' }, { preSend: [findEnrolment], postReceive: [removedOutput] }),
	},
};
