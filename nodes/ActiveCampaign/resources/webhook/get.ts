import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { webhookLocator } from './shared';

export const webhookGetFields: INodeProperties[] = [{ ...webhookLocator, displayOptions: showFor('webhook', ['get', 'update', 'delete']) }];
