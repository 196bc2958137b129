/** On-call: the live escalation checklist (the runbooks' eleven steps evaluated against the suite) and incidents. */
package com.mangaassist.console.oncall;
