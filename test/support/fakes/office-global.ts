/** Importing this first installs the fake Office global (for modules that use Office when they load). */
import { installOffice } from './office-fake';

export const office = installOffice();
