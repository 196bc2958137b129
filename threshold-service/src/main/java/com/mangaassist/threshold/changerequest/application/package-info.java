/** Change-control use cases: propose, decide, run canaries, evaluate, promote, revert, and the breaker. */
package com.mangaassist.threshold.changerequest.application;
