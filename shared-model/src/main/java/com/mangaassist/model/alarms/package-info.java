/**
 * The suite's alarm catalogue: every CloudWatch alarm the runbooks name, with the meter the code registers
 * for it, so infra (which creates the alarms) and the services' tests (which prove the meters exist) read one
 * definition.
 */
package com.mangaassist.model.alarms;
