import type { INodeProperties } from 'n8n-workflow';

import { dealDescription } from './deal';
import { dealNoteDescription } from './dealNote';
import { dealCustomFieldDescription } from './dealCustomField';
import { dealContactDescription } from './dealContact';
import { pipelineDescription } from './pipeline';
import { stageDescription } from './stage';
import { noteDescription } from './note';
import { taskDescription } from './task';
import { campaignDescription } from './campaign';
import { messageDescription } from './message';
import { automationDescription } from './automation';
import { contactAutomationDescription } from './contactAutomation';
import { webhookDescription } from './webhook';
import { ecommerceConnectionDescription } from './ecommerceConnection';
import { ecommerceCustomerDescription } from './ecommerceCustomer';
import { ecommerceOrderDescription } from './ecommerceOrder';
import { ecommerceOrderProductDescription } from './ecommerceOrderProduct';
import { accountDescription } from './account';
import { accountContactDescription } from './accountContact';
import { contactDescription } from './contact';
import { contactFieldDescription } from './contactField';
import { contactFieldValueDescription } from './contactFieldValue';
import { contactListDescription } from './contactList';
import { contactTagDescription } from './contactTag';
import { listDescription } from './list';
import { tagDescription } from './tag';
import { userDescription } from './user';

export interface ResourceEntry {
	name: string;
	value: string;
	description: string;
	properties: INodeProperties[];
}

/** Every resource of the node: one line each. Values are saved in users' workflows: never change them. */
export const RESOURCES: ResourceEntry[] = [
	{ name: 'Tag', value: 'tag', description: 'Tags that label contacts', properties: tagDescription },
	{ name: 'Contact', value: 'contact', description: 'People in ActiveCampaign, found by ID or email', properties: contactDescription },
	{ name: 'Contact Custom Field', value: 'contactField', description: 'Custom fields of contacts: their definitions, options and lists', properties: contactFieldDescription },
	{ name: 'Contact Custom Field Value', value: 'contactFieldValue', description: "A contact's values in custom fields", properties: contactFieldValueDescription },
	{ name: 'List', value: 'list', description: 'Mailing lists', properties: listDescription },
	{ name: 'Contact List', value: 'contactList', description: 'Subscriptions of contacts to lists', properties: contactListDescription },
	{ name: 'Contact Tag', value: 'contactTag', description: 'Tags given to contacts', properties: contactTagDescription },
	{ name: 'Account', value: 'account', description: 'Accounts (companies) with their custom fields', properties: accountDescription },
	{ name: 'Account Contact', value: 'accountContact', description: 'Links between contacts and accounts, with job titles', properties: accountContactDescription },
	{ name: 'User', value: 'user', description: 'Users (team members) of the ActiveCampaign account', properties: userDescription },
	{ name: 'Deal', value: 'deal', description: 'Deals (opportunities) in pipelines, with value, stage, owner and custom fields', properties: dealDescription },
	{ name: 'Deal Note', value: 'dealNote', description: 'Notes on deals (add and change)', properties: dealNoteDescription },
	{ name: 'Deal Custom Field', value: 'dealCustomField', description: 'Custom fields of deals: their definitions', properties: dealCustomFieldDescription },
	{ name: 'Deal Contact', value: 'dealContact', description: 'Secondary contacts of deals', properties: dealContactDescription },
	{ name: 'Pipeline', value: 'pipeline', description: 'Deal pipelines', properties: pipelineDescription },
	{ name: 'Stage', value: 'stage', description: 'Stages of deal pipelines', properties: stageDescription },
	{ name: 'Note', value: 'note', description: 'Notes on contacts, deals or accounts', properties: noteDescription },
	{ name: 'Task', value: 'task', description: 'Tasks (calls, emails, meetings...) on contacts or deals', properties: taskDescription },
	{ name: 'Campaign', value: 'campaign', description: 'Email campaigns with their report counters', properties: campaignDescription },
	{ name: 'Message', value: 'message', description: 'Email messages used by campaigns', properties: messageDescription },
	{ name: 'Automation', value: 'automation', description: 'Automations (workflows) of the account', properties: automationDescription },
	{ name: 'Contact Automation', value: 'contactAutomation', description: 'Enrolments of contacts in automations', properties: contactAutomationDescription },
	{ name: 'Webhook', value: 'webhook', description: 'Webhooks that call a URL when events happen', properties: webhookDescription },
	{ name: 'E-Commerce Connection', value: 'ecommerceConnection', description: 'Stores connected for e-commerce data', properties: ecommerceConnectionDescription },
	{ name: 'E-Commerce Customer', value: 'ecommerceCustomer', description: 'Customers of connected stores', properties: ecommerceCustomerDescription },
	{ name: 'E-Commerce Order', value: 'ecommerceOrder', description: 'Orders (and abandoned carts) of connected stores', properties: ecommerceOrderDescription },
	{ name: 'E-Commerce Order Product', value: 'ecommerceOrderProduct', description: 'Product lines of e-commerce orders', properties: ecommerceOrderProductDescription },
];
