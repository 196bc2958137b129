/**
 * Change requests: propose (with the impact simulation attached) → approval by someone else → canary →
 * evaluation → promote or revert; the escalation breaker that reverts a change gone wrong.
 */
package com.mangaassist.threshold.changerequest;
