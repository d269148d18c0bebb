import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit } from '../../shared/descriptions';

export const contactAutomationGetAllFields: INodeProperties[] = [...returnAllAndLimit('contactAutomation', 'getAll')];
