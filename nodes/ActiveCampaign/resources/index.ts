import type { ResourceDefinition } from '../shared/descriptions';

import { account } from './account';
import { accountContact } from './accountContact';
import { automation } from './automation';
import { calendar } from './calendar';
import { campaign } from './campaign';
import { contact } from './contact';
import { contactActivity } from './contactActivity';
import { contactAutomation } from './contactAutomation';
import { contactField } from './contactField';
import { contactFieldValue } from './contactFieldValue';
import { contactList } from './contactList';
import { contactTag } from './contactTag';
import { customObjectRecord } from './customObjectRecord';
import { customObjectSchema } from './customObjectSchema';
import { deal } from './deal';
import { dealContact } from './dealContact';
import { dealCustomField } from './dealCustomField';
import { dealNote } from './dealNote';
import { ecommerceConnection } from './ecommerceConnection';
import { ecommerceCustomer } from './ecommerceCustomer';
import { ecommerceOrder } from './ecommerceOrder';
import { ecommerceOrderProduct } from './ecommerceOrderProduct';
import { emailActivity } from './emailActivity';
import { event } from './event';
import { form } from './form';
import { group } from './group';
import { list } from './list';
import { message } from './message';
import { note } from './note';
import { pipeline } from './pipeline';
import { savedResponse } from './savedResponse';
import { score } from './score';
import { stage } from './stage';
import { tag } from './tag';
import { task } from './task';
import { taskOutcome } from './taskOutcome';
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
	group,
	deal,
	dealNote,
	dealCustomField,
	dealContact,
	pipeline,
	stage,
	note,
	task,
	taskOutcome,
	calendar,
	savedResponse,
	campaign,
	message,
	automation,
	contactAutomation,
	webhook,
	ecommerceConnection,
	ecommerceCustomer,
	ecommerceOrder,
	ecommerceOrderProduct,
	customObjectSchema,
	customObjectRecord,
	event,
	form,
	score,
	contactActivity,
	emailActivity,
];
