import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { taskLocator } from './shared';

export const taskGetFields: INodeProperties[] = [{ ...taskLocator, displayOptions: showFor('task', ['get', 'update', 'complete', 'delete']) }];
