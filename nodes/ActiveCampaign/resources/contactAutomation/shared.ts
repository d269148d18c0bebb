import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { apiRequest } from '../../shared/transport/request';
import { automationLocator } from '../automation/shared';
import { contactLocator } from '../deal/shared';

export const contactAutomationSharedFields: INodeProperties[] = [
	{ ...contactLocator('contactAutomationContact'), displayOptions: showFor('contactAutomation', ['add', 'remove', 'getAll']) },
	{ ...automationLocator, name: 'contactAutomationAutomation', displayOptions: showFor('contactAutomation', ['add', 'remove']) },
];

/** An enrolment that has not finished (status "2" = completed). */
export const active = (enrolment: IDataObject) => String(enrolment.status) !== '2';

/** The contact's enrolments in the automation, finished or not. */
export async function enrolments(context: IExecuteSingleFunctions, contact: string, automation: string): Promise<IDataObject[]> {
	const page = await apiRequest.call(context, 'GET', `/contacts/${contact}/contactAutomations`);
	return ((page.contactAutomations as IDataObject[] | undefined) ?? []).filter(
		(entry) => String(entry.seriesid ?? entry.automation) === automation,
	);
}
