import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { automationLocator } from './shared';

export const automationGetFields: INodeProperties[] = [{ ...automationLocator, displayOptions: showFor('automation', ['get']) }];
