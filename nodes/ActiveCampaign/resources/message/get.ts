import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { messageLocator } from './shared';

export const messageGetFields: INodeProperties[] = [{ ...messageLocator, displayOptions: showFor('message', ['get', 'update', 'delete']) }];
