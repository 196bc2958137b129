/** The change request, its states and transitions, who may approve, and the canary verdict. */
package com.mangaassist.threshold.changerequest.domain;
