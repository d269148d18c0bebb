import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { recordLocator } from '../../shared/locators/property';
import { resolveIds } from '../../shared/locators/read';
import { addAmounts } from '../../shared/money';
import { enrichRecords } from '../../shared/output';
import { checkEmail } from '../../shared/records/email';
import { setBody } from '../../shared/routing/body';
import { RECORD_KINDS } from '../../shared/records/kinds';

export const customerLocator = (name = 'customer', description = 'The e-commerce customer, picked from the list or by ID'): INodeProperties =>
	recordLocator({
		name,
		displayName: 'Customer',
		kind: RECORD_KINDS.ecommerceCustomer,
		searchListMethod: 'searchEcommerceCustomers',
		description,
	});

/** The customer picker of every operation on one customer. */
export const ecommerceCustomerSharedFields = [{ ...customerLocator(), displayOptions: showFor('ecommerceCustomer', ['get', 'update', 'delete']) }];

/** preSend: the picked customer's ID into `/ecomCustomers/{customer}`. */
export const customerId = resolveIds([{ parameter: 'customer', kind: RECORD_KINDS.ecommerceCustomer }], '/ecomCustomers/{customer}');

/** postReceive: the revenue totals also in currency units. */
export const customerRevenue = enrichRecords('ecomCustomer', addAmounts(['totalRevenue', 'avgRevenuePerOrder']));

export const acceptsMarketing: INodeProperties = {
	displayName: 'Accepts Marketing',
	name: 'acceptsMarketing',
	type: 'boolean',
	default: false,
	description: 'Whether the customer opted in to marketing emails',
	routing: { send: { type: 'body', property: 'ecomCustomer.acceptsMarketing', value: "={{ $value ? '1' : '0' }}" } },
};

/** preSend: the customer's email must be an email address (required on create, checked when given on update). */
export function customerEmail(parameter: string, required: boolean) {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
		const raw = this.getNodeParameter(parameter, '') as string;
		if (!required && !raw) return requestOptions;
		setBody(requestOptions, 'ecomCustomer', { email: checkEmail(this, raw, 'Email') });
		return requestOptions;
	};
}
