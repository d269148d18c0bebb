import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { recordLocator } from '../../shared/locators/property';
import { optionalRecordId, resolveIds } from '../../shared/locators/read';
import { RECORD_KINDS } from '../../shared/records/kinds';
import { setBody } from '../../shared/routing/body';
import { webhookList } from '../webhook/shared';

export const connectionLocator = (name = 'connection', description = 'The e-commerce connection (store), picked from the list, by ID, or by its name'): INodeProperties =>
	recordLocator({
		name,
		displayName: 'Connection',
		kind: RECORD_KINDS.ecommerceConnection,
		searchListMethod: 'searchEcommerceConnections',
		byText: 'name',
		description,
	});

/** The connection picker of every operation on one connection. */
export const ecommerceConnectionSharedFields = [{ ...connectionLocator(), displayOptions: showFor('ecommerceConnection', ['get', 'update', 'delete']) }];

/** preSend: the picked connection's ID into `/connections/{connection}`. */
export const connectionId = resolveIds([{ parameter: 'connection', kind: RECORD_KINDS.ecommerceConnection }], '/connections/{connection}');

const body = (property: string) => ({ send: { type: 'body' as const, property: `connection.${property}` } });

export const connectionFields: Record<string, INodeProperties> = {
	externalid: { displayName: 'External Account ID', name: 'externalid', type: 'string', default: '', placeholder: 'e.g. toystore123', description: 'The ID of the store account in the external service', routing: body('externalid') },
	linkUrl: { displayName: 'Link URL', name: 'linkUrl', type: 'string', default: '', placeholder: 'https://example.com/integration', description: 'A page where the integration is managed', routing: body('linkUrl') },
	logoUrl: { displayName: 'Logo URL', name: 'logoUrl', type: 'string', default: '', placeholder: 'https://example.com/logo.png', description: "The service's logo image", routing: body('logoUrl') },
	name: { displayName: 'Name', name: 'name', type: 'string', default: '', placeholder: 'e.g. Toystore, Inc.', description: 'The name of the store', routing: body('name') },
	service: { displayName: 'Service', name: 'service', type: 'string', default: '', placeholder: 'e.g. shopify', description: 'The name of the e-commerce service', routing: body('service') },
};

/** The list of create (Additional Fields) and update (Update Fields). */
export const connectionList: INodeProperties = { ...webhookList(), description: 'The list new contacts from this store are added to' };

/** preSend: the list, chosen by name or ID, into `connection.listId`. */
export function listInto(path: string) {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
		const list = await optionalRecordId(this, path, RECORD_KINDS.list);
		if (list) setBody(requestOptions, 'connection', { listId: list });
		return requestOptions;
	};
}
