import type { ResourceDefinition } from '../shared/descriptions';

import { account } from './account';
import { accountContact } from './accountContact';
import { automation } from './automation';
import { campaign } from './campaign';
import { contact } from './contact';
import { contactAutomation } from './contactAutomation';
import { contactField } from './contactField';
import { contactFieldValue } from './contactFieldValue';
import { contactList } from './contactList';
import { contactTag } from './contactTag';
import { deal } from './deal';
import { dealContact } from './dealContact';
import { dealCustomField } from './dealCustomField';
import { dealNote } from './dealNote';
import { ecommerceConnection } from './ecommerceConnection';
import { ecommerceCustomer } from './ecommerceCustomer';
import { ecommerceOrder } from './ecommerceOrder';
import { ecommerceOrderProduct } from './ecommerceOrderProduct';
import { list } from './list';
import { message } from './message';
import { note } from './note';
import { pipeline } from './pipeline';
import { stage } from './stage';
import { tag } from './tag';
import { task } from './task';
import { user } from './user';
import { webhook } from './webhook';

/** Every resource of the node: one line each. Values are saved in users' workflows: never change them. */
export const RESOURCES: ResourceDefinition[] = [
	tag,
	contact,
	contactField,
	contactFieldValue,
	list,
	contactList,
	contactTag,
	account,
	accountContact,
	user,
	deal,
	dealNote,
	dealCustomField,
	dealContact,
	pipeline,
	stage,
	note,
	task,
	campaign,
	message,
	automation,
	contactAutomation,
	webhook,
	ecommerceConnection,
	ecommerceCustomer,
	ecommerceOrder,
	ecommerceOrderProduct,
];
