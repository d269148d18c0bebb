import type { INodeProperties } from 'n8n-workflow';

import { contactEmailField } from './shared';

/** Create's own email; Additional Fields and Custom Fields are shared with Create or Update (upsert.ts, update.ts). */
export const contactCreateFields: INodeProperties[] = [
	contactEmailField('create', 'contactCreateEmail', "The new contact's email address; it must not belong to another contact"),
];
