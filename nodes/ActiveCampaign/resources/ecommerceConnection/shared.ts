import type { INodeProperties } from 'n8n-workflow';

import { recordLocator } from '../../shared/locators/property';
import { RECORD_KINDS } from '../../shared/records/kinds';

export const connectionLocator = (name = 'connection', description = 'The e-commerce connection (store), picked from the list, by ID, or by its name'): INodeProperties =>
	recordLocator({
		name,
		displayName: 'Connection',
		kind: RECORD_KINDS.ecommerceConnection,
		searchListMethod: 'searchEcommerceConnections',
		byText: 'name',
		description,
	});

const body = (property: string) => ({ send: { type: 'body' as const, property: `connection.${property}` } });

export const connectionFields: Record<string, INodeProperties> = {
	externalid: { displayName: 'External Account ID', name: 'externalid', type: 'string', default: '', placeholder: 'e.g. toystore123', description: 'The ID of the store account in the external service', routing: body('externalid') },
	linkUrl: { displayName: 'Link URL', name: 'linkUrl', type: 'string', default: '', placeholder: 'https://example.com/integration', description: 'A page where the integration is managed', routing: body('linkUrl') },
	logoUrl: { displayName: 'Logo URL', name: 'logoUrl', type: 'string', default: '', placeholder: 'https://example.com/logo.png', description: "The service's logo image", routing: body('logoUrl') },
	name: { displayName: 'Name', name: 'name', type: 'string', default: '', placeholder: 'e.g. Toystore, Inc.', description: 'The name of the store', routing: body('name') },
	service: { displayName: 'Service', name: 'service', type: 'string', default: '', placeholder: 'e.g. shopify', description: 'The name of the e-commerce service', routing: body('service') },
};
